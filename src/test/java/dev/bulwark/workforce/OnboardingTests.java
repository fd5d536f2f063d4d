package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The onboarding checklist and what the records say about its steps, without Spring. */
class OnboardingTests {

	private static SystemAccount account(Privilege privilege, boolean mfa, LocalDate disabledOn) {
		return new SystemAccount(UUID.randomUUID(), UUID.randomUUID(), "Ana", UUID.randomUUID(), "Cloud EHR", "ana",
				privilege, mfa, disabledOn);
	}

	@Test
	void aNewPersonsChecklistCoversLeastPrivilegeTrainingAndPolicies() {
		assertThat(Onboarding.steps()).extracting(Onboarding.NewStep::kind)
			.containsExactly(Onboarding.ACCOUNTS, Onboarding.TRAINING, Onboarding.POLICIES);
		assertThat(Onboarding.steps().get(0).title()).contains("least privilege");
	}

	@Test
	void theAccountsStepFlagsRightsAboveStandardAndMissingMultiFactor() {
		assertThat(Onboarding.accountsState(List.of())).isEqualTo("No account recorded yet.");
		assertThat(Onboarding.accountsState(List.of(account(Privilege.USER, true, null))))
			.isEqualTo("1 account recorded, all with standard rights.");
		assertThat(Onboarding.accountsState(List.of(account(Privilege.ADMIN, false, null),
				account(Privilege.USER, true, null), account(Privilege.ADMIN, true, LocalDate.of(2025, 1, 1)))))
			.isEqualTo(
					"2 accounts recorded; 1 has more than standard rights: check the job needs them; 1 without multi-factor sign-in.");
	}

	@Test
	void thePoliciesStepCountsWhatIsStillToAcknowledge() {
		assertThat(Onboarding.policiesState(null)).startsWith("Does not sign in to Bulwark");
		assertThat(Onboarding.policiesState(0)).isEqualTo("Every policy in effect is acknowledged.");
		assertThat(Onboarding.policiesState(3)).isEqualTo("3 policies still to acknowledge.");
	}

}
