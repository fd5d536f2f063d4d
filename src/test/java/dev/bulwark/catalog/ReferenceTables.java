package dev.bulwark.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads the requirement tables of the project's regulatory reference file (rows starting
 * with {@code | 164.}), so tests compare the catalog with the reference instead of with
 * numbers copied into the test.
 */
final class ReferenceTables {

	/** The in-repository copy of the reference, relative to the project root. */
	static final Path REFERENCE = Path.of("src", "test", "resources", "reference", "hipaa-security-rule.md");

	/** The shared original the copy must match, when it is present beside the project. */
	static final Path SHARED_REFERENCE = Path.of("..", "shared", "reference", "hipaa-security-rule.md");

	/** The in-repository copy of the program-modules reference. */
	static final Path PROGRAM_FACTS = Path.of("src", "test", "resources", "reference", "program-facts.md");

	/** The shared original of the program-modules reference. */
	static final Path SHARED_PROGRAM_FACTS = Path.of("..", "shared", "reference", "program-facts.md");

	/**
	 * The citations questions may use besides the requirements: the general rules of
	 * 164.306 and provisions of other HIPAA rules.
	 */
	static final Path PROVISIONS = Path.of("src", "test", "resources", "reference", "general-and-other-rules.md");

	/**
	 * The 164.316 table does not label its standards; in the rule, paragraphs (a) and
	 * (b)(1) are the section's two standards. The tests check the resulting total against
	 * the reference's stated count.
	 */
	private static final Set<String> UNLABELLED_STANDARDS = Set.of("164.316(a)", "164.316(b)(1)");

	private ReferenceTables() {
	}

	static List<Row> rows() {
		try {
			return Files.readAllLines(REFERENCE)
				.stream()
				.filter((line) -> line.startsWith("| 164."))
				.map(Row::parse)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows of the provisions reference, general rules first. */
	static List<ProvisionRow> provisionRows() {
		try {
			return Files.readAllLines(PROVISIONS)
				.stream()
				.filter((line) -> line.startsWith("| 164."))
				.map(ProvisionRow::parse)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of both reference files, to check that a citation appears in them. */
	static String referenceText() {
		try {
			return Files.readString(REFERENCE) + Files.readString(PROGRAM_FACTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The title without parenthetical notes and without the explanation some rows add
	 * after a colon, e.g. {@code Time limit: retain 6 years ...} becomes
	 * {@code Time limit}.
	 */
	static String title(String raw) {
		StringBuilder title = new StringBuilder();
		int depth = 0;
		for (char c : raw.toCharArray()) {
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (depth == 0) {
				title.append(c);
			}
		}
		String text = title.toString();
		int colon = text.indexOf(':');
		if (colon >= 0) {
			text = text.substring(0, colon);
		}
		return text.replaceAll("\\s+", " ").strip();
	}

	/**
	 * One row of a requirement table.
	 *
	 * @param citation e.g. {@code 164.308(a)(1)(ii)(A)}
	 * @param rawTitle the title cell as written, notes included
	 * @param title the title without notes
	 * @param mark {@code R}, {@code A} or empty
	 * @param standard whether the row is a standard
	 */
	record Row(String citation, String rawTitle, String title, String mark, boolean standard) {

		static Row parse(String line) {
			String[] cells = line.split("\\|", -1);
			String citation = cells[1].strip();
			String rawTitle = cells[2].strip();
			String mark = cells[3].strip();
			boolean standard = rawTitle.contains("(standard") || UNLABELLED_STANDARDS.contains(citation);
			return new Row(citation, rawTitle, ReferenceTables.title(rawTitle), mark, standard);
		}

		boolean inAppendixA() {
			return this.citation.startsWith("164.308(") || this.citation.startsWith("164.310(")
					|| this.citation.startsWith("164.312(");
		}

	}

	/**
	 * One row of the provisions reference.
	 *
	 * @param citation e.g. {@code 164.306(d)(3)}
	 * @param title the title without the bracketed description
	 * @param group the {@link RuleGroup} name
	 * @param source {@code reference} or {@code CFR}
	 */
	record ProvisionRow(String citation, String title, String group, String source) {

		static ProvisionRow parse(String line) {
			String[] cells = line.split("\\|", -1);
			String title = cells[2].replaceAll("\\[[^]]*]", "").replaceAll("\\s+", " ").strip();
			return new ProvisionRow(cells[1].strip(), title, cells[3].strip(), cells[4].strip());
		}

	}

}
