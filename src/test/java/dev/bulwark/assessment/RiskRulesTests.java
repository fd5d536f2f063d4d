package dev.bulwark.assessment;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Acceptance, rating and decision rules. */
class RiskRulesTests {

	private static Actor as(Role role) {
		return new Actor(UUID.randomUUID(), "someone@example.org", "Someone", UUID.randomUUID(), "Practice", role,
				false, ZoneId.of("America/Chicago"));
	}

	@Test
	void onlyWhoeverMayAcceptRisksAcceptsOne() {
		for (Role role : new Role[] { Role.STAFF, Role.AUDITOR, Role.MSP_TECHNICIAN }) {
			assertThat(role.can(Permission.RISK_ACCEPT)).isFalse();
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> RiskAcceptance.check(as(role),
					"We will replace the server in March and accept the risk until then."));
		}
	}

	@Test
	void acceptingARiskNeedsAWrittenJustification() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> RiskAcceptance.check(as(Role.SECURITY_OFFICER), "   "))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("justification"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> RiskAcceptance.check(as(Role.SECURITY_OFFICER), "fine"))
			.satisfies((ex) -> assertThat(ex.errors().get("justification")).contains("full sentence"));
		assertThat(RiskAcceptance.check(as(Role.SECURITY_OFFICER),
				"  We will replace the server in March and accept the risk until then. "))
			.isEqualTo("We will replace the server in March and accept the risk until then.");
	}

	@Test
	void ratingsMustFitTheMatrixAndResidualRatingsComeInPairs() {
		RiskForm veryHigh = form(RiskRating.VERY_HIGH, RiskRating.HIGH, null, null);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> veryHigh.check(RiskMatrix.THREE_BY_THREE))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("likelihood"));
		veryHigh.check(RiskMatrix.FIVE_BY_FIVE);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> form(RiskRating.HIGH, RiskRating.HIGH, RiskRating.LOW, null).check(RiskMatrix.THREE_BY_THREE))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("residualImpact"));
		form(RiskRating.HIGH, RiskRating.HIGH, RiskRating.LOW, RiskRating.LOW).check(RiskMatrix.THREE_BY_THREE);
	}

	@Test
	void addressableDecisionsExplainAlternativesAndRefusals() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new DecisionForm(DecisionOutcome.ALTERNATIVE, " ", null, false, null).check())
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("alternative"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new DecisionForm(DecisionOutcome.NOT_REASONABLE, null, null, false, null).check())
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("reason"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new DecisionForm(DecisionOutcome.NOT_REASONABLE, null, "One room, always staffed.", true,
					null)
				.check())
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("alternative"));
		new DecisionForm(DecisionOutcome.IMPLEMENTED, null, null, false, null).check();
		new DecisionForm(DecisionOutcome.NOT_REASONABLE, null, "One room, always staffed.", false, null).check();
	}

	@Test
	void theRegisterFilterListsCurrentRisksUnlessAskedOtherwise() {
		RiskDetails open = details(RiskStatus.OPEN, RiskLevel.HIGH);
		RiskDetails closed = details(RiskStatus.CLOSED, RiskLevel.HIGH);
		assertThat(RiskFilter.none().matches(open)).isTrue();
		assertThat(RiskFilter.none().matches(closed)).isFalse();
		assertThat(new RiskFilter(null, null, null, null, true).matches(closed)).isTrue();
		assertThat(new RiskFilter(null, null, RiskStatus.CLOSED, null, false).matches(closed)).isTrue();
		assertThat(new RiskFilter(null, RiskLevel.LOW, null, null, false).matches(open)).isFalse();
		assertThat(new RiskFilter(null, null, RiskStatus.OPEN, java.util.UUID.randomUUID(), false).matches(open))
			.isFalse();
	}

	static RiskForm form(RiskRating likelihood, RiskRating impact, RiskRating residualLikelihood,
			RiskRating residualImpact) {
		return new RiskForm("Laptops without encryption", List.of(), null, null, null, null, likelihood, impact,
				Treatment.MITIGATE, null, null, null, residualLikelihood, residualImpact, null, null);
	}

	static RiskDetails details(RiskStatus status, RiskLevel level) {
		return AssessmentComparisonTests.risk(java.util.UUID.randomUUID(), status, level);
	}

}
