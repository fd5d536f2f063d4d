package dev.bulwark.assessment;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bulwark.catalog.Catalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large practice's report (issue 8): the body summarises the inventory per kind, and
 * the appendix lists every system, one readable line each, in name order. The time the
 * layout takes is measured by {@code bench/report-render.sh}, not here.
 */
class LargeInventoryReportTests {

	private static final int ASSETS = 2_000;

	@Test
	void theAppendixListsEverySystemOnceInNameOrderWithItsDetails() throws IOException {
		ReportModel model = ReportFixtures.fullAssessment(new Catalog(), true, ReportFixtures.largeInventory(ASSETS));
		byte[] pdf = new ReportRenderer().render(model);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = ReportRendererTests.normalized(new PDFTextStripper().getText(document));
		}
		int start = text.indexOf("Appendix: the inventory");
		int end = text.indexOf("Appendix: every question", start);
		assertThat(start).isNotNegative();
		assertThat(end).isGreaterThan(start);
		String body = text.substring(0, start);
		String appendix = text.substring(start, end);
		assertThat(body).as("the body names no single system").doesNotContain("Asset 00002");
		Matcher names = Pattern.compile("Asset (\\d{5}); ").matcher(appendix);
		int expected = 1;
		while (names.find()) {
			assertThat(Integer.parseInt(names.group(1))).as("the next system in name order").isEqualTo(expected);
			expected++;
		}
		assertThat(expected - 1).as("systems listed").isEqualTo(ASSETS);
		// The fixture's first and last systems, with every detail and a dash where none
		// is recorded.
		assertThat(appendix)
			.contains("Asset 00001; Workstation; No ePHI; –; encrypted: Yes; MFA: Yes; backed up: Yes; –")
			.contains(String.format(Locale.ROOT, "Asset %05d; ", ASSETS))
			.contains("Every data flow of patient information")
			.contains("Every open inventory finding");
	}

	@Test
	void shortLinesAreKeptOnOneLineAndLongOnesWrap() {
		ReportModel.AssetLine usual = new ReportModel.AssetLine("Front desk PC 1", "Workstation", "Accesses ePHI",
				"Reception", "Yes", "Not known", "Not known", "Dr. Priya Shah");
		ReportModel.AssetLine wide = new ReportModel.AssetLine("W".repeat(60), "Workstation", "Accesses ePHI",
				"Reception", "Yes", "Not known", "Not known", "Dr. Priya Shah");
		assertThat(usual.oneLine()).isTrue();
		assertThat(wide.oneLine()).as("60 capital Ws alone take about 445 pt at 7.5 pt").isFalse();
		assertThat(dev.bulwark.shared.HtmlPdf.widthPt("W", 10)).isBetween(9.0, 10.5);
	}

}
