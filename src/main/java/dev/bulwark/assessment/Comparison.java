package dev.bulwark.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Two assessments side by side: the older one and the newer one.
 *
 * @param answerChanges questions whose answer differs, in questionnaire order
 * @param opened risks current in the newer assessment that were not in the older one
 * @param closed risks current in the older assessment that are closed, withdrawn or gone
 * in the newer one
 * @param levelChanges risks current in both whose level changed
 */
record Comparison(AssessmentSummary older, AssessmentSummary newer, AssessmentScores olderScores,
		AssessmentScores newerScores, List<AnswerChange> answerChanges, List<RiskDetails> opened,
		List<RiskDetails> closed, List<LevelChange> levelChanges) {

	/** Whether a change made things better, worse, or just different. */
	public enum Direction {

		IMPROVED, WORSENED, CHANGED

	}

	public record AnswerChange(String questionKey, String sectionKey, String text, @Nullable AnswerValue before,
			@Nullable AnswerValue after, Direction direction) {

	}

	public record LevelChange(RiskDetails before, RiskDetails after) {

		public Direction direction() {
			return (this.after.level().ordinal() < this.before.level().ordinal()) ? Direction.IMPROVED
					: Direction.WORSENED;
		}

	}

}
