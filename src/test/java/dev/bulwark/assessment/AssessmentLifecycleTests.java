package dev.bulwark.assessment;

import java.time.LocalDate;

import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static dev.bulwark.assessment.AssessmentStatus.DRAFT;
import static dev.bulwark.assessment.AssessmentStatus.IN_REVIEW;
import static dev.bulwark.assessment.AssessmentStatus.SIGNED_OFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AssessmentLifecycleTests {

	private static final SignOffForm SIGNED = new SignOffForm("Morgan Lee", true, false);

	@Test
	void aDraftGoesToReviewAndThenIsSignedOff() {
		AssessmentStatus inReview = AssessmentLifecycle.submit(DRAFT);
		assertThat(inReview).isEqualTo(IN_REVIEW);
		assertThat(AssessmentLifecycle.signOff(inReview, Role.SECURITY_OFFICER, SIGNED, 0, 0)).isEqualTo(SIGNED_OFF);
	}

	@Test
	void aSignedOffAssessmentRefusesEveryChange() {
		assertThatExceptionOfType(AssessmentConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.requireOpen(SIGNED_OFF))
			.withMessageContaining("frozen");
		assertThatExceptionOfType(AssessmentConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.submit(SIGNED_OFF));
		assertThatExceptionOfType(AssessmentConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.reopen(SIGNED_OFF, Role.SECURITY_OFFICER));
		assertThatExceptionOfType(AssessmentConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(SIGNED_OFF, Role.SECURITY_OFFICER, SIGNED, 0, 0));
		AssessmentLifecycle.requireOpen(DRAFT);
		AssessmentLifecycle.requireOpen(IN_REVIEW);
	}

	@Test
	void aDraftMustBeReviewedBeforeSignOff() {
		assertThatExceptionOfType(AssessmentConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(DRAFT, Role.SECURITY_OFFICER, SIGNED, 0, 0))
			.withMessageContaining("review");
		assertThatExceptionOfType(AssessmentConflictException.class)
			.isThrownBy(() -> AssessmentLifecycle.submit(IN_REVIEW));
	}

	@Test
	void onlyTheSecurityOfficerSignsOffOrSendsBackToDraft() {
		for (Role role : new Role[] { Role.STAFF, Role.AUDITOR, Role.MSP_TECHNICIAN }) {
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, role, SIGNED, 0, 0));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> AssessmentLifecycle.reopen(IN_REVIEW, role));
		}
		assertThat(AssessmentLifecycle.reopen(IN_REVIEW, Role.SECURITY_OFFICER)).isEqualTo(DRAFT);
	}

	@Test
	void aSignOffNeedsANameAndTheAttestation() {
		assertThatExceptionOfType(AssessmentInputException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, Role.SECURITY_OFFICER,
					new SignOffForm("  ", true, false), 0, 0))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("name"));
		assertThatExceptionOfType(AssessmentInputException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, Role.SECURITY_OFFICER,
					new SignOffForm("Morgan Lee", false, false), 0, 0))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("attest"));
	}

	@Test
	void signingOffWithOpenQuestionsNeedsAnExplicitAcknowledgement() {
		assertThatExceptionOfType(AssessmentInputException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, Role.SECURITY_OFFICER, SIGNED, 3, 0))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("acknowledgeIncomplete"));
		assertThatExceptionOfType(AssessmentInputException.class)
			.isThrownBy(() -> AssessmentLifecycle.signOff(IN_REVIEW, Role.SECURITY_OFFICER, SIGNED, 0, 2));
		assertThat(AssessmentLifecycle.signOff(IN_REVIEW, Role.SECURITY_OFFICER,
				new SignOffForm("Morgan Lee", true, true), 3, 2))
			.isEqualTo(SIGNED_OFF);
	}

	@Test
	void whoMayAnswerDependsOnRoleAssignmentAndState() {
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, Role.SECURITY_OFFICER, false, false)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(IN_REVIEW, Role.SECURITY_OFFICER, false, false)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, Role.STAFF, false, false)).isFalse();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, Role.STAFF, true, false)).isFalse();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, Role.STAFF, false, true)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(IN_REVIEW, Role.STAFF, false, true)).isFalse();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, Role.MSP_TECHNICIAN, true, false)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, Role.MSP_TECHNICIAN, false, false)).isFalse();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, Role.MSP_TECHNICIAN, false, true)).isTrue();
		assertThat(AssessmentLifecycle.mayAnswer(DRAFT, Role.AUDITOR, true, true)).isFalse();
	}

	@Test
	void theAttestationNamesTheSignerThePracticeAndTheDate() {
		assertThat(AssessmentLifecycle.attestation(" Morgan Lee ", "Maple Family Dental", LocalDate.of(2026, 11, 20)))
			.startsWith("I, Morgan Lee, security official of Maple Family Dental, attest")
			.contains("as of 2026-11-20");
	}

}
