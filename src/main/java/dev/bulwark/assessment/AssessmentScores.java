package dev.bulwark.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The figures that summarise an assessment and compare one year with the next.
 *
 * @param score the share of good answers among the asked questions answered other than
 * "not applicable", 0-100: yes counts 1, partly one half, no and don't know 0;
 * {@code null} before the first such answer
 * @param notApplicable asked questions answered "not applicable" (one basis: the asked
 * questions; yes, partly, no, don't know, not applicable and unanswered add up to
 * {@code asked})
 * @param risksByLevel current risks (proposed, open, accepted) per level
 * @param ruledOut questions the practice profile rules out: not asked, counted nowhere
 * else
 */
record AssessmentScores(int asked, int answered, int yes, int partly, int no, int dontKnow, int notApplicable,
		int flagged, @Nullable Integer score, Map<RiskLevel, Integer> risksByLevel, int ruledOut) {

	static AssessmentScores of(List<AnswerView> answers, List<RiskDetails> risks) {
		int asked = 0;
		int answered = 0;
		int[] counts = new int[AnswerValue.values().length];
		int flagged = 0;
		int ruledOut = 0;
		for (AnswerView answer : answers) {
			if (answer.flagged()) {
				flagged++;
			}
			if (!answer.asked()) {
				ruledOut++;
				continue;
			}
			asked++;
			if (answer.answer() != null) {
				answered++;
				counts[answer.answer().ordinal()]++;
			}
		}
		int rated = counts[AnswerValue.YES.ordinal()] + counts[AnswerValue.PARTLY.ordinal()]
				+ counts[AnswerValue.NO.ordinal()] + counts[AnswerValue.DONT_KNOW.ordinal()];
		Integer score = (rated == 0) ? null : (int) Math
			.round((counts[AnswerValue.YES.ordinal()] + 0.5 * counts[AnswerValue.PARTLY.ordinal()]) * 100.0 / rated);
		Map<RiskLevel, Integer> byLevel = new EnumMap<>(RiskLevel.class);
		for (RiskLevel level : RiskLevel.values()) {
			byLevel.put(level,
					(int) risks.stream().filter(RiskDetails::current).filter((r) -> r.level() == level).count());
		}
		return new AssessmentScores(asked, answered, counts[AnswerValue.YES.ordinal()],
				counts[AnswerValue.PARTLY.ordinal()], counts[AnswerValue.NO.ordinal()],
				counts[AnswerValue.DONT_KNOW.ordinal()], counts[AnswerValue.NOT_APPLICABLE.ordinal()], flagged, score,
				byLevel, ruledOut);
	}

	/** Current risks of every level. */
	public int currentRisks() {
		return this.risksByLevel.values().stream().mapToInt(Integer::intValue).sum();
	}

}
