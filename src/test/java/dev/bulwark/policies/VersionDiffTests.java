package dev.bulwark.policies;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two texts, by line and by word. */
class VersionDiffTests {

	@Test
	void marksTheWordsThatChangedWithinALine() {
		VersionDiff diff = VersionDiff.between("We back up daily.\nKeep it.", "We back up hourly.\nKeep it.");
		assertThat(diff.changed()).isEqualTo(1);
		assertThat(diff.added()).isZero();
		VersionDiff.Row row = diff.rows().get(0);
		assertThat(row.change()).isEqualTo(VersionDiff.Change.CHANGED);
		assertThat(row.older()).filteredOn(VersionDiff.Segment::marked)
			.extracting(VersionDiff.Segment::text)
			.containsExactly("daily");
		assertThat(row.newer()).filteredOn(VersionDiff.Segment::marked)
			.extracting(VersionDiff.Segment::text)
			.containsExactly("hourly");
		assertThat(diff.rows().get(1).change()).isEqualTo(VersionDiff.Change.SAME);
	}

	@Test
	void countsAddedAndRemovedLinesAndKeepsTextAsText() {
		VersionDiff diff = VersionDiff.between("One\nTwo", "One\nTwo\n<b>Three</b>");
		assertThat(diff.added()).isEqualTo(1);
		assertThat(diff.rows()).last()
			.satisfies((row) -> assertThat(row.newer()).extracting(VersionDiff.Segment::text)
				.containsExactly("<b>Three</b>"));
		assertThat(VersionDiff.between("Same", "Same").identical()).isTrue();
		assertThat(VersionDiff.between("A\nB", "A").removed()).isEqualTo(1);
	}

}
