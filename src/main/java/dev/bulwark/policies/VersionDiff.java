package dev.bulwark.policies;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * What changed between two versions of a document, line by line and, within a changed
 * line, word by word (java-diff-utils). The result is plain text in segments marked
 * unchanged, removed or added, which the page shows with {@code th:text}: nothing of a
 * document's text is ever inserted as markup.
 *
 * @param rows every line of either version, in order
 * @param added lines only in the newer version
 * @param removed lines only in the older version
 * @param changed lines changed in place
 */
record VersionDiff(List<Row> rows, int added, int removed, int changed) {

	/** Marks where a changed run of words begins and ends in the library's output. */
	private static final char START = '\u0001';

	private static final char END = '\u0002';

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.inlineDiffByWord(true)
		.mergeOriginalRevised(false)
		.lineNormalizer((line) -> line)
		.oldTag((start) -> String.valueOf(start ? START : END))
		.newTag((start) -> String.valueOf(start ? START : END))
		.build();

	/** How a line differs. */
	enum Change {

		SAME, CHANGED, ADDED, REMOVED

	}

	/** A run of words within a line. */
	record Segment(String text, boolean marked) {

	}

	/**
	 * One line of the comparison: the older version's text on the left, the newer's on
	 * the right (either may be empty for an added or removed line).
	 */
	record Row(Change change, List<Segment> older, List<Segment> newer) {

	}

	static VersionDiff between(String older, String newer) {
		List<DiffRow> diffRows = GENERATOR.generateDiffRows(lines(older), lines(newer));
		List<Row> rows = new ArrayList<>(diffRows.size());
		int added = 0;
		int removed = 0;
		int changed = 0;
		for (DiffRow row : diffRows) {
			Change change = switch (row.getTag()) {
				case INSERT -> Change.ADDED;
				case DELETE -> Change.REMOVED;
				case CHANGE -> Change.CHANGED;
				default -> Change.SAME;
			};
			switch (change) {
				case ADDED -> added++;
				case REMOVED -> removed++;
				case CHANGED -> changed++;
				default -> {
				}
			}
			rows.add(new Row(change, segments(row.getOldLine()), segments(row.getNewLine())));
		}
		return new VersionDiff(List.copyOf(rows), added, removed, changed);
	}

	/** Whether the two versions have the same text. */
	public boolean identical() {
		return this.added == 0 && this.removed == 0 && this.changed == 0;
	}

	/** "3 lines changed, 1 added, 0 removed." */
	public String summary() {
		return this.changed + ((this.changed == 1) ? " line" : " lines") + " changed, " + this.added + " added, "
				+ this.removed + " removed.";
	}

	private static List<String> lines(String text) {
		String clean = (text != null) ? text.replace(START, ' ').replace(END, ' ') : "";
		return List.of(clean.split("\r?\n", -1));
	}

	/** Splits the library's marked line into plain and marked runs. */
	static List<Segment> segments(String line) {
		List<Segment> segments = new ArrayList<>();
		if (line == null || line.isEmpty()) {
			return segments;
		}
		StringBuilder run = new StringBuilder();
		boolean marked = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == START || c == END) {
				if (run.length() > 0) {
					segments.add(new Segment(run.toString(), marked));
					run.setLength(0);
				}
				marked = (c == START);
			}
			else {
				run.append(c);
			}
		}
		if (run.length() > 0) {
			segments.add(new Segment(run.toString(), marked));
		}
		return segments;
	}

}
