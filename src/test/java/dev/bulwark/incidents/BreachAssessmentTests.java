package dev.bulwark.incidents;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BreachAssessmentTests {

	private static AssessmentForm form(ExceptionKind exception, String exceptionReasoning, boolean secured,
			String securedReasoning, boolean low, String... factors) {
		String[] f = new String[4];
		System.arraycopy(factors, 0, f, 0, factors.length);
		return new AssessmentForm(exception, exceptionReasoning, secured, securedReasoning, f[0], f[1], f[2], f[3],
				low);
	}

	@Test
	void withNothingElseABreachIsPresumed() {
		assertThat(BreachAssessment.conclude(form(ExceptionKind.NONE, null, false, null, false),
				IncidentType.MISDIRECTED_PHI))
			.isEqualTo(Conclusion.BREACH);
	}

	@Test
	void anEncryptedLaptopWithItsKeySafeIsNotABreachOfUnsecuredPhi() {
		Conclusion conclusion = BreachAssessment.conclude(
				form(ExceptionKind.NONE, null, true, "BitLocker with TPM and PIN; recovery key held by IT only", false),
				IncidentType.LOST_OR_STOLEN_DEVICE);

		assertThat(conclusion).isEqualTo(Conclusion.NOT_A_BREACH_SECURED);
		assertThat(conclusion.breach()).isFalse();
	}

	@Test
	void securedNeedsItsReasoning() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> BreachAssessment.conclude(form(ExceptionKind.NONE, null, true, null, false),
					IncidentType.LOST_OR_STOLEN_DEVICE))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("securedReasoning"));
	}

	@Test
	void ransomwareCannotBeCalledSecuredByDiskEncryption() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> BreachAssessment.conclude(
					form(ExceptionKind.NONE, null, true, "Server disks are encrypted", false), IncidentType.RANSOMWARE))
			.satisfies((ex) -> assertThat(ex.errors().get("secured")).contains("four-factor assessment"));
	}

	@Test
	void ransomwareIsAPresumedBreachUnlessTheFourFactorsShowALowProbability() {
		assertThat(
				BreachAssessment.conclude(form(ExceptionKind.NONE, null, false, null, false), IncidentType.RANSOMWARE))
			.isEqualTo(Conclusion.BREACH);
		assertThat(BreachAssessment.conclude(form(ExceptionKind.NONE, null, false, null, true, "Scheduling data only",
				"Known criminal group", "Forensics show no exfiltration", "Restored from clean backups"),
				IncidentType.RANSOMWARE))
			.isEqualTo(Conclusion.LOW_PROBABILITY);
	}

	@Test
	void aLowProbabilityMustRestOnEveryFactor() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> BreachAssessment.conclude(
					form(ExceptionKind.NONE, null, false, null, true, "Names only", null, "Returned unopened"),
					IncidentType.MISDIRECTED_PHI))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("factorRecipient", "factorMitigation"));
	}

	@Test
	void anExceptionNeedsItsReasoningAndMeansNoBreach() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> BreachAssessment.conclude(
					form(ExceptionKind.UNINTENTIONAL_ACCESS, null, false, null, false), IncidentType.INSIDER_SNOOPING))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("exceptionReasoning"));
		assertThat(
				BreachAssessment.conclude(
						form(ExceptionKind.INADVERTENT_DISCLOSURE,
								"Sent to the billing nurse instead of the front desk", false, null, false),
						IncidentType.MISDIRECTED_PHI))
			.isEqualTo(Conclusion.NOT_A_BREACH_EXCEPTION);
	}

}
