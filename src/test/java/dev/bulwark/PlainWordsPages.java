package dev.bulwark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees of a page (its title and main content, without markup), and the
 * checks of the plain-words view: no citation and none of the regulation's jargon until
 * the person switches "Show auditor details" on.
 */
public final class PlainWordsPages {

	/** A section of 45 CFR 160 or 164: 164.308(a)(1)(ii)(B), 164.410, 160.103. */
	public static final Pattern CITATION = Pattern.compile("\\b1[06]\\d\\.\\d{3}");

	/** The regulation's and the catalog's own terms that plain words replace. */
	public static final Pattern JARGON = Pattern.compile("\\b(?:ePHI|addressable|NPRM|HICP)\\b|\\bcatalog \\d{4}\\.",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private static final Pattern MAIN = Pattern.compile("<main\\b[^>]*>(.*)</main>", Pattern.DOTALL);

	private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private PlainWordsPages() {
	}

	/**
	 * The page's title and the text of its main content, without tags and attributes (a
	 * hidden field's value or an element's id is not read).
	 */
	public static String readerText(String html) {
		Matcher title = TITLE.matcher(html);
		Matcher main = MAIN.matcher(html);
		assertThat(main.find()).as("the page has a <main> element").isTrue();
		String text = (title.find() ? title.group(1) : "") + "\n" + main.group(1);
		text = SCRIPT.matcher(text).replaceAll(" ");
		text = TAG.matcher(text).replaceAll(" ");
		return text.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&nbsp;", " ")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ");
	}

	/** The page speaks plain words: no citation, no jargon. */
	public static void assertPlain(String html) {
		String text = readerText(html);
		assertThat(text).as("plain words: no citation").doesNotContainPattern(CITATION);
		assertThat(text).as("plain words: no jargon").doesNotContainPattern(JARGON);
	}

	/** The page, in the auditor view, shows this citation as text a reader sees. */
	public static void assertCites(String html, String citation) {
		assertThat(readerText(html)).as("auditor view: the citation").contains(citation);
	}

}
