package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.function.Predicate;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static dev.bulwark.assessment.AssessmentStatus.DRAFT;
import static dev.bulwark.assessment.AssessmentStatus.IN_REVIEW;
import static dev.bulwark.assessment.AssessmentStatus.SIGNED_OFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The assessment's states and who may move it between them, as plain rules. */
class AssessmentLifecycleTests {

	private static final SignOffForm SIGNED = new SignOffForm("Morgan Lee", true, false);

	private static final Predicate<Permission> OFFICER = Role.SECURITY_OFFICER::can;

	@Test
	void aDraftGoesToReviewAndThenIsSignedOff() {
		AssessmentStatus inReview = AssessmentLifecycle.submit(DRAFT);
		assertThat(inReview).isEqualTo(IN_REVIEW);
		assertThat(AssessmentLifecycle.signOff(inReview, OFFICER, SIGNED, "Morgan Lee", 0, 0)).isEqualTo(SIGNED_OFF);
	}

	@Test
	void aSignedOffAssessmentRefusesEveryChange() {
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.requireOpen(SIGNED_OFF))
			.withMessageContaining("frozen");
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.submit(SIGNED_OFF));
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.reopen(SIGNED_OFF, OFFICER));
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(SIGNED_OFF, OFFICER, SIGNED, "Morgan Lee", 0, 0));
		AssessmentLifecycle.requireOpen(DRAFT);
		AssessmentLifecycle.requireOpen(IN_REVIEW);
	}

	@Test
	void whoeverMaySignOffSignsADraftWithoutASeparateReviewStep() {
		assertThat(AssessmentLifecycle.signOff(DRAFT, OFFICER, SIGNED, "Morgan Lee", 0, 0)).isEqualTo(SIGNED_OFF);
		assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> AssessmentLifecycle.submit(IN_REVIEW));
	}

	@Test
	void onlyWhoeverMaySignOffSignsOffOrSendsBackToDraft() {
		for (Role role : new Role[] { Role.STAFF, Role.AUDITOR, Role.MSP_TECHNICIAN }) {
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, role::can, SIGNED, "Morgan Lee", 0, 0));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> AssessmentLifecycle.reopen(IN_REVIEW, role::can));
		}
		assertThat(AssessmentLifecycle.reopen(IN_REVIEW, OFFICER)).isEqualTo(DRAFT);
	}

	@Test
	void aSignOffWithoutNameAndAttestationNamesBothFields() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, OFFICER, new SignOffForm("  ", false, false),
					"Morgan Lee", 0, 0))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("name", "attest"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, OFFICER,
					new SignOffForm("Morgan Lee", false, false), "Morgan Lee", 0, 0))
			.satisfies((ex) -> assertThat(ex.errors())
				.containsExactly(java.util.Map.entry("attest", "Tick the box to confirm the attestation.")));
	}

	@Test
	void theTypedNameMustBeTheSignedInAccountsName() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, OFFICER, new SignOffForm("officer", true, false),
					"Morgan Lee", 0, 0))
			.satisfies((ex) -> assertThat(ex.errors().get("name")).contains("\"Morgan Lee\""));
		assertThat(AssessmentLifecycle.signOff(IN_REVIEW, OFFICER, new SignOffForm("  morgan   LEE ", true, false),
				"Morgan Lee", 0, 0))
			.isEqualTo(SIGNED_OFF);
	}

	@Test
	void signingOffWithOpenQuestionsNeedsAnExplicitAcknowledgement() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, OFFICER, SIGNED, "Morgan Lee", 3, 0))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("acknowledgeIncomplete"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, OFFICER, SIGNED, "Morgan Lee", 0, 2));
		assertThat(AssessmentLifecycle.signOff(IN_REVIEW, OFFICER, new SignOffForm("Morgan Lee", true, true),
				"Morgan Lee", 3, 2))
			.isEqualTo(SIGNED_OFF);
	}

	@Test
	void whoMayAnswerFollowsThePermissionTableAssignmentAndState() {
		Predicate<Permission> staff = Role.STAFF::can;
		Predicate<Permission> technician = Role.MSP_TECHNICIAN::can;
		Predicate<Permission> auditor = Role.AUDITOR::can;
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, OFFICER, false, false)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(IN_REVIEW, OFFICER, false, false)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, staff, false, false)).isFalse();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, staff, true, false)).isFalse();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, staff, false, true)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(IN_REVIEW, staff, false, true)).isFalse();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, technician, true, false)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, technician, false, false)).isFalse();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, technician, false, true)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, auditor, true, true)).isFalse();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, (permission) -> false, true, true)).isFalse();
	}

	@Test
	void theAttestationNamesTheSignerThePracticeAndTheDate() {
		assertThat(AssessmentLifecycle.attestation(" Morgan Lee ", "Maple Family Dental", LocalDate.of(2026, 11, 20)))
			.startsWith("I, Morgan Lee, security official of Maple Family Dental, attest")
			.contains("as of 2026-11-20");
	}

}
