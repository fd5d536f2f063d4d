package dev.bulwark.catalog;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Broken catalog content stops start-up with a message that names the file and the entry
 * at fault.
 */
class CatalogLoaderTests {

	private static final CatalogSource SHIPPED = CatalogSource.classpath("catalog/");

	/** Loads the shipped catalog with one text replacement in one file. */
	private static CatalogContent loadWith(String fileName, String original, String replacement) {
		String text = SHIPPED.read(fileName);
		assertThat(text).as("test setup: text to replace in " + fileName).contains(original);
		Map<String, String> changed = Map.of(fileName,
				text.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(replacement)));
		return new CatalogLoader((name) -> changed.getOrDefault(name, SHIPPED.read(name))).load();
	}

	@Test
	void shippedCatalogLoads() {
		CatalogContent content = CatalogLoader.fromClasspath().load();
		assertThat(content.version().version()).isEqualTo("2026.12.0");
		assertThat(content.version().published()).hasToString("2026-12-02");
		assertThat(content.version().changes()).first()
			.satisfies((change) -> assertThat(change.version()).isEqualTo("2026.12.0"));
		assertThat(content.version().basis()).extracting(CatalogVersion.Basis::status)
			.contains("IN_FORCE", "PROPOSED", "GUIDANCE");
	}

	@Test
	void rejectsUnknownCitationInAVulnerability() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("vulnerabilities.yaml", "citations: [\"164.312(a)(2)(iv)\", \"164.310(d)(1)\"]",
					"citations: [\"164.312(a)(2)(v)\", \"164.310(d)(1)\"]"))
			.withMessageContaining(
					"vulnerabilities.yaml, vulnerability V-UNENCRYPTED-DEVICES: unknown citation '164.312(a)(2)(v)'");
	}

	@Test
	void rejectsUnknownCitationInAQuestion() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("questions.yaml",
					"citations: [\"164.308(a)(8)\"]\n        vulnerabilities: [V-NO-EVALUATION]\n      - key: BAS-10",
					"citations: [\"164.308(a)(9)\"]\n        vulnerabilities: [V-NO-EVALUATION]\n      - key: BAS-10"))
			.withMessageContaining("questions.yaml, question BAS-09: unknown citation '164.308(a)(9)'");
	}

	@Test
	void rejectsUnknownVulnerabilityInAQuestion() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("questions.yaml", "vulnerabilities: [V-NO-SECURITY-OFFICIAL]",
					"vulnerabilities: [V-NO-SUCH-THING]"))
			.withMessageContaining("questions.yaml, question POL-01: unknown vulnerability 'V-NO-SUCH-THING'");
	}

	@Test
	void rejectsUnknownThreatInAVulnerability() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(
					() -> loadWith("vulnerabilities.yaml", "threats: [T-IMPROPER-DISPOSAL]\n", "threats: [T-METEOR]\n"))
			.withMessageContaining("vulnerability V-IMPROPER-DISPOSAL: unknown threat 'T-METEOR'");
	}

	@Test
	void rejectsDuplicateQuestionKeys() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("questions.yaml", "key: BAS-02", "key: BAS-01"))
			.withMessageContaining("questions.yaml, question BAS-01: duplicate key");
	}

	@Test
	void rejectsDuplicateCitations() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("requirements.yaml", "citation: 164.312(b)\n", "citation: 164.312(d)\n"))
			.withMessageContaining("requirements.yaml, requirement 164.312(d): duplicate key");
	}

	@Test
	void rejectsConditionOnUnknownProfileField() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("questions.yaml", "field: onsite_servers", "field: has_server"))
			.withMessageContaining("question DAT-08 condition on 'has_server': unknown profile field 'has_server'");
	}

	@Test
	void rejectsConditionWithTwoOperators() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(
					() -> loadWith("questions.yaml", "          - field: onsite_servers\n            equals: false\n",
							"          - field: onsite_servers\n            equals: false\n            less_than: 3\n"))
			.withMessageContaining("question DAT-08 condition on 'onsite_servers': needs exactly one of equals, in, "
					+ "less_than but has 2");
	}

	@Test
	void rejectsConditionWithoutOperator() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(
					() -> loadWith("questions.yaml", "          - field: onsite_servers\n            equals: false\n",
							"          - field: onsite_servers\n"))
			.withMessageContaining("needs exactly one of equals, in, less_than but has 0");
	}

	@Test
	void rejectsConditionValueOutsideTheFieldsChoices() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("questions.yaml", "in: [ON_PREMISES, NONE]", "in: [ON_PREMISES, PAPER]"))
			.withMessageContaining("question DAT-09 condition on 'ehr_hosting': value 'PAPER' does not fit CHOICE");
	}

	@Test
	void rejectsSpecificationWithWrongParent() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("requirements.yaml", "standard: 164.310(d)(1)\n", "standard: 164.310(d)(9)\n"))
			.withMessageContaining("requirement 164.310(d)(2)(i): standard '164.310(d)(9)' is not a standard");
	}

	@Test
	void rejectsMisspeltFieldWithTheFileName() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("threats.yaml", "source_type: ADVERSARIAL", "sourcetype: ADVERSARIAL"))
			.withMessageStartingWith("Catalog content cannot be parsed: threats.yaml: ")
			.withMessageContaining("sourcetype");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		String text = SHIPPED.read("questions.yaml")
			.replace("vulnerabilities: [V-RISK-ANALYSIS-NOT-MAINTAINED]", "vulnerabilities: [V-GONE]");
		InvalidCatalogException failure = assertThrows(InvalidCatalogException.class,
				() -> new CatalogLoader((name) -> name.equals("questions.yaml") ? text : SHIPPED.read(name)).load());
		assertThat(failure.problems()).hasSize(2)
			.allSatisfy((problem) -> assertThat(problem).contains("unknown vulnerability 'V-GONE'"));
	}

	@Test
	void rejectsAMappingToAnotherPartOfTheRulesWithoutAReason() {
		assertThatExceptionOfType(InvalidCatalogException.class).isThrownBy(() -> loadWith("questions.yaml",
				"citations: [\"164.310(b)\"]\n        vulnerabilities: [V-UNSECURED-WORKSTATIONS]",
				"citations: [\"164.310(b)\"]\n        vulnerabilities: [V-UNSECURED-WORKSTATIONS, V-NO-ANTI-MALWARE]"))
			.withMessageContaining("question PHY-12: raises V-NO-ANTI-MALWARE from ADMINISTRATIVE, another part of "
					+ "the rules than its citations, without a reason");
	}

	@Test
	void rejectsAReasonOnAMappingWithinTheSamePartOfTheRules() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("questions.yaml", "          - V-UNENCRYPTED-DEVICES\n",
					"          - vulnerability: V-UNENCRYPTED-DEVICES\n            reason: Because.\n"))
			.withMessageContaining("question DAT-09: gives a reason for raising V-UNENCRYPTED-DEVICES");
	}

	@Test
	void rejectsAGapMappedToAVulnerabilityThatDoesNotCiteIt() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("gaps.yaml", "vulnerability: V-NO-MFA", "vulnerability: V-NO-BACKUP"))
			.withMessageContaining("gaps.yaml, gap inventory:asset.no-mfa: vulnerability V-NO-BACKUP does not cite "
					+ "the gap's citation 164.312(d)");
	}

	@Test
	void rejectsAGapMappedToAnUnknownVulnerability() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("gaps.yaml", "vulnerability: V-NO-MFA", "vulnerability: V-GONE"))
			.withMessageContaining("gap inventory:asset.no-mfa: unknown vulnerability 'V-GONE'");
	}

	@Test
	void rejectsAGapMappedTwice() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("gaps.yaml", "key: asset.no-backup", "key: asset.no-mfa"))
			.withMessageContaining("gaps.yaml, gap inventory:asset.no-mfa: duplicate key");
	}

	@Test
	void rejectsAQuestionCuredBySignOffThatDoesNotAskAboutThePast() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("questions.yaml", "Before this assessment, did the practice already have",
					"Did the practice already have"))
			.withMessageContaining("question BAS-03: a question cured by sign-off must ask about the time 'before "
					+ "this assessment'");
	}

	@Test
	void rejectsAGeneralRuleOutside164306AndAnOtherRuleInsideTheSecurityRule() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("provisions.yaml", "citation: 164.306(e)", "citation: 164.318(e)"))
			.withMessageContaining("provision 164.318(e): a general rule must be in 164.306");
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("provisions.yaml", "citation: 164.530(c)", "citation: 164.304(c)"))
			.withMessageContaining("provision 164.304(c): another HIPAA rule must lie outside the Security Rule");
	}

	@Test
	void rejectsAMoveFromAnUnknownSection() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> loadWith("questions.yaml", "moved_from: physical", "moved_from: office"))
			.withMessageContaining("question PHY-17: moved_from must name another section but is 'office'");
	}

	@Test
	void reportsAMissingFile() {
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> new CatalogLoader(CatalogSource.classpath("no-such-catalog/")).load())
			.withMessageContaining("no-such-catalog/catalog.yaml: file not found");
	}

}
