package dev.bulwark.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How pages word the Security Rule for the person reading them. Most people who keep a
 * small office's records are not compliance specialists: by default pages speak plain
 * words (no citations, no catalog versions, "patient data" for ePHI). A person who
 * switches on "Show auditor details" on their account sees the citations and the
 * regulation's own terms. Every page has it as {@code words}:
 * {@code th:text="${words.text(step.title())}"}, {@code th:if="${words.auditor()}"}.
 * <p>
 * One glossary here instead of every sentence written twice. Reports and the audit binder
 * never use it: they are for the auditor and always keep their citations.
 */
public final class PlainWords {

	/** Technical terms and citations, as today. */
	public static final PlainWords AUDITOR = new PlainWords(true);

	/** Plain words: the default for everyone. */
	public static final PlainWords PLAIN = new PlainWords(false);

	/**
	 * A Security Rule (or breach, or transactions) section: 164.308(a)(1)(ii)(B), §
	 * 164.312, 45 CFR 164.316.
	 */
	private static final String CITATION = "(?:45\\s+CFR\\s+(?:Part\\s+)?)?(?:§+\\s*)?1[06]\\d\\.\\d{2,4}(?:\\([a-zA-Z0-9]{1,4}\\))*"
			+ "|\\d{2}\\s+FR\\s+\\d+";

	/**
	 * A citation (or several) in brackets after the words it supports, with the space
	 * before it.
	 */
	private static final Pattern CITATIONS_IN_BRACKETS = Pattern
		.compile("\\s*\\(\\s*(?:see\\s+)?(?:" + CITATION + ")(?:\\s*(?:,|;|and|or)\\s*(?:" + CITATION + "))*\\s*\\)");

	/**
	 * A citation closing a bracket after a name, with its comma: "(Breach Notification
	 * Rule, 45 CFR 164.408(c))" keeps "(Breach Notification Rule)".
	 */
	private static final Pattern CITATIONS_CLOSING_A_BRACKET = Pattern.compile(
			"\\s*[,;]\\s*(?:see\\s+)?(?:" + CITATION + ")(?:\\s*(?:,|;|and|or)\\s*(?:" + CITATION + "))*(?=\\s*\\))");

	/**
	 * Technical term (lower case) to plain words. Longest phrases first: a shorter one
	 * must not take part of a longer one.
	 */
	private static final Map<String, String> GLOSSARY = new LinkedHashMap<>();

	static {
		term("electronic protected health information", "patient information stored electronically");
		term("addressable implementation specifications", "optional-if-reasonable safeguards (you decide)");
		term("addressable implementation specification", "optional-if-reasonable safeguard (you decide)");
		term("addressable specifications", "optional-if-reasonable safeguards (you decide)");
		term("addressable specification", "optional-if-reasonable safeguard (you decide)");
		term("addressable decisions", "decisions on optional-if-reasonable safeguards");
		term("NPRM-ready mode is on", "proposed 2025 rule items are shown");
		term("NPRM-ready mode is off", "proposed 2025 rule items are hidden");
		term("in NPRM-ready mode", "when proposed 2025 rule items are shown");
		term("NPRM-ready mode", "proposed 2025 rule items");
		term("NPRM", "proposed 2025 rule");
		term("HICP top threats", "common threats in small practices");
		term("HICP top threat", "common threat in small practices");
		term("ePHI", "patient data");
		term("as 164.410 requires", "as the breach notification rule requires");
	}

	/**
	 * Every term in one pattern, tried in the glossary's order at each position: one scan
	 * of the text instead of one per term (pages put hundreds of texts through here).
	 */
	private static final Pattern TERMS = Pattern.compile("(?<![\\w-])(?:"
			+ String.join("|", GLOSSARY.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\w-])",
			Pattern.CASE_INSENSITIVE);

	private static void term(String technical, String plain) {
		GLOSSARY.put(technical.toLowerCase(Locale.ROOT), plain);
	}

	private final boolean auditor;

	private PlainWords(boolean auditor) {
		this.auditor = auditor;
	}

	public static PlainWords of(boolean auditor) {
		return auditor ? AUDITOR : PLAIN;
	}

	/** Whether citations, catalog versions and the regulation's terms are shown. */
	public boolean auditor() {
		return this.auditor;
	}

	/**
	 * The text as this person reads it: unchanged in the auditor view; otherwise without
	 * citations in brackets and with the glossary's plain terms. A term that starts the
	 * text or a sentence starts with a capital.
	 */
	public String text(String text) {
		if (text == null || this.auditor) {
			return text;
		}
		String result = text;
		// Every citation has a bracket and a digit; most texts have neither.
		if (result.indexOf('(') >= 0 && hasDigit(result)) {
			result = CITATIONS_IN_BRACKETS.matcher(result).replaceAll("");
			result = CITATIONS_CLOSING_A_BRACKET.matcher(result).replaceAll("");
		}
		return replaceTerms(result);
	}

	/**
	 * One term for a label or heading: the technical one in the auditor view, the
	 * glossary's plain one otherwise ({@code words.term('ePHI')} is "Patient data").
	 */
	public String term(String technical) {
		return text(technical);
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	private static String replaceTerms(String text) {
		Matcher matcher = TERMS.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		do {
			String plain = GLOSSARY.get(matcher.group().toLowerCase(Locale.ROOT));
			String replacement = startsSentence(text, matcher.start()) ? capitalised(plain) : plain;
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		while (matcher.find());
		matcher.appendTail(out);
		return out.toString();
	}

	private static boolean startsSentence(String text, int at) {
		int i = at - 1;
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '(')) {
			i--;
		}
		return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
	}

	private static String capitalised(String text) {
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	@Override
	public String toString() {
		return this.auditor ? "auditor view" : "plain words";
	}

}
