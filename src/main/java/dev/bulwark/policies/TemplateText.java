package dev.bulwark.policies;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's placeholders from the practice's profile:
 * <ul>
 * <li>{@code {{practice}}}: the practice's name;</li>
 * <li>{@code {{security_officer}}}: the security officer's name;</li>
 * <li>{@code {{time_zone}}}: the practice's time zone;</li>
 * <li>lines between {@code {{#proposed}}} and {@code {{/proposed}}}: kept only in
 * NPRM-ready mode. Every figure of the 2025 proposed rule lives in such a block, which
 * labels it as proposed; outside NPRM-ready mode the text never shows one.</li>
 * </ul>
 */
final class TemplateText {

	static final String PROPOSED_START = "{{#proposed}}";

	static final String PROPOSED_END = "{{/proposed}}";

	static final Set<String> PLACEHOLDERS = Set.of("practice", "security_officer", "time_zone");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

	private TemplateText() {
	}

	/**
	 * The practice's details a template is filled in with.
	 *
	 * @param practiceName the practice's name
	 * @param securityOfficer the security officer's name
	 * @param zone the practice's time zone
	 * @param nprmMode whether the practice chose NPRM-ready mode
	 */
	record Profile(String practiceName, String securityOfficer, ZoneId zone, boolean nprmMode) {

	}

	static String fill(String body, Profile profile) {
		StringBuilder out = new StringBuilder();
		boolean inProposed = false;
		for (String line : body.split("\n", -1)) {
			String trimmed = line.strip();
			if (trimmed.equals(PROPOSED_START)) {
				inProposed = true;
				continue;
			}
			if (trimmed.equals(PROPOSED_END)) {
				inProposed = false;
				continue;
			}
			if (inProposed && !profile.nprmMode()) {
				continue;
			}
			out.append(line).append('\n');
		}
		Matcher matcher = PLACEHOLDER.matcher(out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n");
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = switch (matcher.group(1)) {
				case "practice" -> profile.practiceName();
				case "security_officer" -> profile.securityOfficer();
				case "time_zone" -> profile.zone().getId();
				default -> matcher.group(0);
			};
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/** What is wrong with a template's text: unknown placeholders, unbalanced blocks. */
	static List<String> problems(String body) {
		List<String> problems = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(body);
		while (matcher.find()) {
			if (!PLACEHOLDERS.contains(matcher.group(1))) {
				problems.add("unknown placeholder " + matcher.group(0));
			}
		}
		boolean open = false;
		for (String line : body.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.equals(PROPOSED_START)) {
				if (open) {
					problems.add("a proposed-rule block opens inside another");
				}
				open = true;
			}
			else if (trimmed.equals(PROPOSED_END)) {
				if (!open) {
					problems.add("a proposed-rule block closes without opening");
				}
				open = false;
			}
			else if (trimmed.contains("{{#") || trimmed.contains("{{/")) {
				problems.add("a block marker must stand on a line of its own: " + trimmed);
			}
		}
		if (open) {
			problems.add("a proposed-rule block is not closed");
		}
		return problems;
	}

	/** The text of every proposed-rule block, for checks. */
	static List<String> proposedBlocks(String body) {
		List<String> blocks = new ArrayList<>();
		StringBuilder block = null;
		for (String line : body.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.equals(PROPOSED_START)) {
				block = new StringBuilder();
			}
			else if (trimmed.equals(PROPOSED_END)) {
				if (block != null) {
					blocks.add(block.toString());
				}
				block = null;
			}
			else if (block != null) {
				block.append(line).append('\n');
			}
		}
		return blocks;
	}

}
