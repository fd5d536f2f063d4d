package dev.bulwark.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.assessment.Comparison.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentComparisonTests {

	@Test
	void twoAssessmentsCompareAnswersRisksAndScores() {
		UUID kept = UUID.randomUUID();
		UUID fixed = UUID.randomUUID();
		UUID worse = UUID.randomUUID();
		UUID fresh = UUID.randomUUID();
		AssessmentComparison.Side older = new AssessmentComparison.Side(summary(),
				RiskProposalsTests
					.answers(Map.of("BAS-01", AnswerValue.NO, "BAS-02", AnswerValue.YES, "BAS-03", AnswerValue.PARTLY)),
				List.of(risk(kept, RiskStatus.OPEN, RiskLevel.HIGH), risk(fixed, RiskStatus.OPEN, RiskLevel.CRITICAL),
						risk(worse, RiskStatus.OPEN, RiskLevel.MODERATE)));
		AssessmentComparison.Side newer = new AssessmentComparison.Side(summary(),
				RiskProposalsTests
					.answers(Map.of("BAS-01", AnswerValue.YES, "BAS-02", AnswerValue.NO, "BAS-03", AnswerValue.PARTLY)),
				List.of(risk(kept, RiskStatus.OPEN, RiskLevel.HIGH), risk(worse, RiskStatus.OPEN, RiskLevel.HIGH),
						risk(fresh, RiskStatus.PROPOSED, RiskLevel.LOW)));
		Comparison comparison = AssessmentComparison.compare(older, newer);
		assertThat(comparison.answerChanges()).extracting(Comparison.AnswerChange::questionKey)
			.containsExactly("BAS-01", "BAS-02");
		assertThat(comparison.answerChanges()).extracting(Comparison.AnswerChange::direction)
			.containsExactly(Direction.IMPROVED, Direction.WORSENED);
		assertThat(comparison.opened()).extracting(RiskDetails::id).containsExactly(fresh);
		assertThat(comparison.closed()).extracting(RiskDetails::id).containsExactly(fixed);
		assertThat(comparison.levelChanges()).singleElement().satisfies((change) -> {
			assertThat(change.after().id()).isEqualTo(worse);
			assertThat(change.direction()).isEqualTo(Direction.WORSENED);
		});
		assertThat(comparison.olderScores().yes()).isEqualTo(1);
		assertThat(comparison.newerScores().yes()).isEqualTo(1);
		assertThat(comparison.olderScores().score()).isEqualTo(50);
		assertThat(comparison.newerScores().risksByLevel()).containsEntry(RiskLevel.HIGH, 2)
			.containsEntry(RiskLevel.LOW, 1)
			.containsEntry(RiskLevel.CRITICAL, 0);
	}

	@Test
	void aRiskClosedDuringTheYearCountsAsClosed() {
		UUID id = UUID.randomUUID();
		Comparison comparison = AssessmentComparison.compare(
				new AssessmentComparison.Side(summary(), List.of(), List.of(risk(id, RiskStatus.OPEN, RiskLevel.HIGH))),
				new AssessmentComparison.Side(summary(), List.of(),
						List.of(risk(id, RiskStatus.CLOSED, RiskLevel.HIGH))));
		assertThat(comparison.closed()).singleElement()
			.satisfies((r) -> assertThat(r.status()).isEqualTo(RiskStatus.CLOSED));
		assertThat(comparison.opened()).isEmpty();
	}

	static AssessmentSummary summary() {
		return new AssessmentSummary(UUID.randomUUID(), "x", AssessmentStatus.SIGNED_OFF, Instant.now(), null, null,
				null, null, "1", RiskMatrix.THREE_BY_THREE, false, 0, 0, 0);
	}

	static RiskDetails risk(UUID id, RiskStatus status, RiskLevel level) {
		Instant now = Instant.now();
		return new RiskDetails(id, null, RiskSource.MANUAL, null, "Risk " + id, null, List.of(), null, null, null,
				List.of(), RiskRating.HIGH, RiskRating.HIGH, level, null, null, null, null, status, null, null, null,
				null, null, null, true, List.of(), false, List.of(), now, now, null, null, null);
	}

}
