package dev.bulwark.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainWordsTests {

	private final PlainWords plain = PlainWords.PLAIN;

	@Test
	void citationsInBracketsAreLeftOutOfPlainText() {
		assertThat(this.plain.text("Missing updates on Operatory 2 PC (164.308(a)(1)(ii)(B))"))
			.isEqualTo("Missing updates on Operatory 2 PC");
		assertThat(this.plain.text("The risk analysis comes first (164.308(a)(1)(ii)(A)). Then the rest."))
			.isEqualTo("The risk analysis comes first. Then the rest.");
		assertThat(this.plain.text("Keep it (45 CFR 164.316(b)(2)(i), § 164.312 and 90 FR 898)."))
			.isEqualTo("Keep it.");
		assertThat(this.plain.text("A note (see the binder) stays")).isEqualTo("A note (see the binder) stays");
		assertThat(this.plain.text("Reported to HHS (Breach Notification Rule, 45 CFR 164.408(c)). Due by 1 March."))
			.isEqualTo("Reported to HHS (Breach Notification Rule). Due by 1 March.");
		assertThat(this.plain.text("Within 60 days (or less, if the agreement says so)"))
			.isEqualTo("Within 60 days (or less, if the agreement says so)");
	}

	@Test
	void jargonBecomesPlainWordsWithACapitalWhereASentenceStarts() {
		assertThat(this.plain.text("ePHI")).isEqualTo("Patient data");
		assertThat(this.plain.text("Does it store ePHI? ePHI on laptops"))
			.isEqualTo("Does it store patient data? Patient data on laptops");
		assertThat(this.plain.text("Record your decisions on 3 addressable specifications."))
			.isEqualTo("Record your decisions on 3 optional-if-reasonable safeguards (you decide).");
		assertThat(this.plain.text("Asked (NPRM-ready mode is on)"))
			.isEqualTo("Asked (proposed 2025 rule items are shown)");
		assertThat(this.plain.text("HICP top threat: ransomware"))
			.isEqualTo("Common threat in small practices: ransomware");
		assertThat(this.plain.text("electronic protected health information"))
			.isEqualTo("Patient information stored electronically");
		// Only whole words: a name that contains a term is left alone.
		assertThat(this.plain.text("ePHIserver and non-ePHI")).isEqualTo("ePHIserver and non-ePHI");
	}

	@Test
	void theAuditorViewKeepsEverythingAsWritten() {
		String text = "Missing updates on Operatory 2 PC (164.308(a)(1)(ii)(B)): ePHI at risk";
		assertThat(PlainWords.AUDITOR.text(text)).isEqualTo(text);
		assertThat(PlainWords.of(true).auditor()).isTrue();
		assertThat(PlainWords.of(false).auditor()).isFalse();
		assertThat(this.plain.text(null)).isNull();
	}

}
