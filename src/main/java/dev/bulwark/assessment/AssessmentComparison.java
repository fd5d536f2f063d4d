package dev.bulwark.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bulwark.assessment.Comparison.AnswerChange;
import dev.bulwark.assessment.Comparison.Direction;
import dev.bulwark.assessment.Comparison.LevelChange;

/**
 * Compares two assessments. Answers are matched by question key (keys never change
 * meaning); risks by identity, since a risk still current at the start of next year's
 * assessment moves into it.
 */
final class AssessmentComparison {

	private AssessmentComparison() {
	}

	/** One assessment's content as compared. */
	record Side(AssessmentSummary summary, List<AnswerView> answers, List<RiskDetails> risks) {

	}

	static Comparison compare(Side older, Side newer) {
		Map<String, AnswerView> before = index(older.answers(), AnswerView::questionKey);
		Map<String, AnswerView> after = index(newer.answers(), AnswerView::questionKey);
		List<AnswerChange> changes = new ArrayList<>();
		for (AnswerView now : newer.answers()) {
			AnswerView then = before.get(now.questionKey());
			AnswerValue was = (then != null) ? then.effectiveAnswer() : null;
			AnswerValue is = now.effectiveAnswer();
			if (!Objects.equals(was, is)) {
				changes.add(
						new AnswerChange(now.questionKey(), now.sectionKey(), now.text(), was, is, direction(was, is)));
			}
		}
		for (AnswerView then : older.answers()) {
			if (!after.containsKey(then.questionKey()) && then.effectiveAnswer() != null) {
				changes.add(new AnswerChange(then.questionKey(), then.sectionKey(), then.text(), then.effectiveAnswer(),
						null, Direction.CHANGED));
			}
		}
		Map<UUID, RiskDetails> oldRisks = index(older.risks(), RiskDetails::id);
		Map<UUID, RiskDetails> newRisks = index(newer.risks(), RiskDetails::id);
		List<RiskDetails> opened = newer.risks()
			.stream()
			.filter(RiskDetails::current)
			.filter((risk) -> !oldRisks.containsKey(risk.id()) || !oldRisks.get(risk.id()).current())
			.toList();
		List<RiskDetails> closed = older.risks()
			.stream()
			.filter(RiskDetails::current)
			.filter((risk) -> !newRisks.containsKey(risk.id()) || !newRisks.get(risk.id()).current())
			.map((risk) -> newRisks.getOrDefault(risk.id(), risk))
			.toList();
		List<LevelChange> levels = new ArrayList<>();
		for (RiskDetails risk : newer.risks()) {
			RiskDetails then = oldRisks.get(risk.id());
			if (then != null && then.current() && risk.current() && then.level() != risk.level()) {
				levels.add(new LevelChange(then, risk));
			}
		}
		return new Comparison(older.summary(), newer.summary(), AssessmentScores.of(older.answers(), older.risks()),
				AssessmentScores.of(newer.answers(), newer.risks()), changes, opened, closed, levels);
	}

	/** Better is yes, then partly, then don't know, then no. */
	private static Direction direction(AnswerValue was, AnswerValue is) {
		int before = rank(was);
		int after = rank(is);
		if (before < 0 || after < 0) {
			return Direction.CHANGED;
		}
		return (after > before) ? Direction.IMPROVED : Direction.WORSENED;
	}

	private static int rank(AnswerValue value) {
		if (value == null) {
			return -1;
		}
		return switch (value) {
			case YES -> 3;
			case PARTLY -> 2;
			case DONT_KNOW -> 1;
			case NO -> 0;
			case NOT_APPLICABLE -> -1;
		};
	}

	private static <K, T> Map<K, T> index(List<T> items, Function<T, K> key) {
		return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
