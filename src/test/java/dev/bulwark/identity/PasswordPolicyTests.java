package dev.bulwark.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private static final PasswordPolicy policy = PasswordPolicy.load();

	@Test
	void shipsASubstantialListOfBreachedPasswords() {
		assertThat(policy.listSize()).isGreaterThan(40_000);
	}

	@Test
	void acceptsALongPassphraseWithoutCompositionRules() {
		assertThat(policy.check("correct horse battery staple", "pat@sunrise.example")).isEmpty();
		assertThat(policy.check("walking the dog before breakfast")).isEmpty();
	}

	@Test
	void refusesShortPasswordsWithTheReason() {
		assertThat(policy.check("Tr0ub4dor&3")).hasValueSatisfying((reason) -> assertThat(reason).contains("12"));
	}

	@Test
	void refusesPasswordsFromBreachLists() {
		assertThat(policy.check("1qaz2wsx3edc")).hasValueSatisfying((reason) -> assertThat(reason).contains("breach"));
		assertThat(policy.check("qwerty123456")).isPresent();
	}

	@Test
	void refusesListedPasswordsDressedUpWithDigitsAndLookAlikes() {
		assertThat(policy.check("P@ssw0rd2024!")).isPresent();
		assertThat(policy.check("sunshine123456")).isPresent();
	}

	@Test
	void refusesRepetitionAndSequences() {
		assertThat(policy.check("aaaaaaaaaaaaaa")).isPresent();
		assertThat(policy.check("abcabcabcabcabc")).isPresent();
		assertThat(policy.check("123456789012")).isPresent();
	}

	@Test
	void refusesPasswordsBuiltFromTheEmailOrPracticeName() {
		assertThat(policy.check("patterson-2026-rules", "patterson@clinic.example")).isPresent();
		assertThat(policy.check("Sunrise Dental rocks!", "pat@x.example", "Sunrise Dental")).isPresent();
	}

	@Test
	void refusesAbsurdlyLongPasswords() {
		assertThat(policy.check("x".repeat(20) + "y".repeat(200))).isPresent();
	}

}
