package dev.bulwark.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lays out an XHTML document as PDF with openhtmltopdf and the DejaVu fonts embedded (so
 * every character prints the same on every machine). Inline SVG is drawn. Documents must
 * not reference outside resources: nothing is fetched, any such reference is refused by
 * the resolver.
 * <p>
 * Rendering is CPU- and memory-heavy, so only a few documents are laid out at once
 * ({@code bulwark.pdf.concurrent-renders}, by default the number of processors); a
 * request waits for a turn at most {@code bulwark.pdf.render-wait} (default 30 s) and is
 * then refused with a {@link BusyException}. Callers read their data and leave their
 * transaction before they render, so a waiting or running render holds no database
 * connection.
 */
@Component
public class HtmlPdf {

	/** The font family templates name in their CSS. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	/**
	 * The fonts and their widths, read on the first render (the report's warm-up thread
	 * at start-up) rather than while the application context starts.
	 */
	private static final class Fonts {

		private static final byte[] REGULAR = withoutTable(font("fonts/DejaVuSans.ttf"), "GSUB");

		private static final byte[] BOLD = withoutTable(font("fonts/DejaVuSans-Bold.ttf"), "GSUB");

		/**
		 * Advance widths of the regular font, in em, for the Basic Multilingual Plane.
		 */
		private static final float[] WIDTHS = widths(REGULAR);

	}

	private final Semaphore turns;

	private final Duration wait;

	/** With the defaults: as many renders at once as processors, 30 s wait. */
	public HtmlPdf() {
		this(0, Duration.ofSeconds(30));
	}

	/**
	 * @param concurrentRenders how many documents may be laid out at once; 0 or less for
	 * the number of processors
	 * @param wait how long a render waits for its turn before it is refused
	 */
	@Autowired
	public HtmlPdf(@Value("${bulwark.pdf.concurrent-renders:0}") int concurrentRenders,
			@Value("${bulwark.pdf.render-wait:30s}") Duration wait) {
		int permits = (concurrentRenders > 0) ? concurrentRenders
				: Math.max(1, Runtime.getRuntime().availableProcessors());
		this.turns = new Semaphore(permits, true);
		this.wait = wait;
	}

	/**
	 * Renders a complete XHTML document.
	 * @throws BusyException when the renders in progress did not leave a turn in time
	 */
	public byte[] render(String xhtml) {
		boolean acquired;
		try {
			acquired = this.turns.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			throw BusyException.of("Bulwark is busy producing other documents. Try again in a minute.", 30);
		}
		try {
			return layOut(xhtml);
		}
		finally {
			this.turns.release();
		}
	}

	/** How many renders could start right now (for tests and monitoring). */
	public int freeTurns() {
		return this.turns.availablePermits();
	}

	/** How many renders are waiting for a turn (for tests and monitoring). */
	public int waiting() {
		return this.turns.getQueueLength();
	}

	/** Lays the document out, once it has its turn. */
	protected byte[] layOut(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			// No network, no files: a document that names a resource gets nothing.
			builder.useUriResolver((base, uri) -> null);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be rendered", ex);
		}
		return out.toByteArray();
	}

	/**
	 * How wide {@code text} prints in the regular font at {@code sizePt}, in points, as
	 * openhtmltopdf measures it (advance widths, no kerning); a character the font lacks
	 * counts as one em. Lets a template mark lines that fit the page with
	 * {@code white-space: nowrap}, which openhtmltopdf measures once instead of word by
	 * word: measuring for line breaks was most of a 10,000-line appendix's layout.
	 */
	public static double widthPt(String text, double sizePt) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			em += Character.isSurrogate(c) ? 1 : Fonts.WIDTHS[c];
		}
		return em * sizePt;
	}

	private static float[] widths(byte[] font) {
		float[] widths = new float[65536];
		try (org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
			.parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font))) {
			org.apache.fontbox.ttf.CmapLookup cmap = ttf.getUnicodeCmapLookup();
			float unitsPerEm = ttf.getUnitsPerEm();
			for (int c = 0; c < widths.length; c++) {
				int glyph = cmap.getGlyphId(c);
				widths[c] = (glyph == 0) ? 1f : ttf.getAdvanceWidth(glyph) / unitsPerEm;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return widths;
	}

	/**
	 * The font without one of its tables. The fonts are embedded without their glyph
	 * substitution table (GSUB): for Latin text PDFBox would apply its ligatures to every
	 * piece of text it writes, compiling regular expressions each time, which took 40% of
	 * a 10,000-asset report's time (issue 8); openhtmltopdf measures text without
	 * ligatures anyway, and PDFBox applies none for the other scripts DejaVu Sans covers.
	 */
	static byte[] withoutTable(byte[] font, String tag) {
		java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(font);
		int numTables = in.getShort(4) & 0xffff;
		java.util.List<int[]> kept = new java.util.ArrayList<>();
		int skipped = -1;
		for (int i = 0; i < numTables; i++) {
			int record = 12 + 16 * i;
			String name = new String(font, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
			if (name.equals(tag)) {
				skipped = i;
				continue;
			}
			kept.add(new int[] { record, in.getInt(record + 8), in.getInt(record + 12) });
		}
		if (skipped < 0) {
			return font;
		}
		int count = kept.size();
		int headerSize = 12 + 16 * count;
		int size = headerSize;
		for (int[] table : kept) {
			size += (table[2] + 3) & ~3;
		}
		java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(size);
		int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
		int searchRange = (1 << entrySelector) * 16;
		out.putInt(in.getInt(0))
			.putShort((short) count)
			.putShort((short) searchRange)
			.putShort((short) entrySelector)
			.putShort((short) (count * 16 - searchRange));
		int offset = headerSize;
		for (int i = 0; i < count; i++) {
			int[] table = kept.get(i);
			// Tag and checksum as they were, then the new offset and the length.
			out.position(12 + 16 * i);
			out.put(font, table[0], 8).putInt(offset).putInt(table[2]);
			out.put(offset, font, table[1], table[2]);
			offset += (table[2] + 3) & ~3;
		}
		return out.array();
	}

	private static byte[] font(String path) {
		try (InputStream in = HtmlPdf.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
