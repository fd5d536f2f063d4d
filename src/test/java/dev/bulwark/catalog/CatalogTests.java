package dev.bulwark.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The facade's look-ups and the immutability of what it returns.
 */
class CatalogTests {

	private final Catalog catalog = TestCatalog.get();

	@Test
	void findsARequirementByCitation() {
		Requirement riskAnalysis = this.catalog.requirement("164.308(a)(1)(ii)(A)").orElseThrow();
		assertThat(riskAnalysis.title()).isEqualTo("Risk analysis");
		assertThat(riskAnalysis.level()).isEqualTo(RequirementLevel.REQUIRED);
		assertThat(riskAnalysis.standard()).isEqualTo("164.308(a)(1)(i)");
		assertThat(riskAnalysis.safeguard()).isEqualTo(Safeguard.ADMINISTRATIVE);
		assertThat(this.catalog.requirement("164.308(a)(1)(ii)(Z)")).isEmpty();
	}

	@Test
	void workforceClearanceIsAddressableAlthoughAppendixALeavesItUnmarked() {
		Requirement clearance = this.catalog.requirement("164.308(a)(3)(ii)(B)").orElseThrow();
		assertThat(clearance.level()).isEqualTo(RequirementLevel.ADDRESSABLE);
		assertThat(clearance.requirementNote()).contains("Appendix A");
	}

	@Test
	void listsTheSpecificationsOfAStandard() {
		assertThat(this.catalog.specificationsOf("164.308(a)(7)(i)")).extracting(Requirement::citation)
			.containsExactly("164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)",
					"164.308(a)(7)(ii)(D)", "164.308(a)(7)(ii)(E)");
		assertThat(this.catalog.specificationsOf("164.312(b)")).isEmpty();
	}

	@Test
	void findsQuestionsSectionsThreatsVulnerabilitiesAndObligationsByKey() {
		assertThat(this.catalog.question("DAT-07")).get().extracting(Question::section).isEqualTo("data");
		assertThat(this.catalog.section("workforce")).get()
			.satisfies(
					(section) -> assertThat(section.questions()).first().extracting(Question::key).isEqualTo("WF-01"));
		assertThat(this.catalog.threat("T-RANSOMWARE")).get().extracting(Threat::hicpTopThreat).isEqualTo("RANSOMWARE");
		assertThat(this.catalog.vulnerability("V-NO-BACKUP")).get()
			.extracting(Vulnerability::defaultImpact)
			.isEqualTo(Rating.HIGH);
		assertThat(this.catalog.obligation("OBL-RESTORE-TEST")).isPresent();
		assertThat(this.catalog.question("XYZ-01")).isEmpty();
		assertThat(this.catalog.threat("T-NOTHING")).isEmpty();
	}

	@Test
	void questionsAreListedInSectionOrder() {
		assertThat(this.catalog.questions()).first().extracting(Question::key).isEqualTo("BAS-01");
		assertThat(this.catalog.questions()).last().extracting(Question::key).isEqualTo("OTH-01");
		assertThat(this.catalog.questions())
			.hasSize(this.catalog.sections().stream().mapToInt((section) -> section.questions().size()).sum());
	}

	@Test
	void resolvesTheTitleOfAnyCitableProvision() {
		assertThat(this.catalog.citationTitle("164.308(a)(1)(ii)(A)")).contains("Risk analysis");
		assertThat(this.catalog.citationTitle("164.306(d)(3)")).contains("Addressable implementation specifications");
		assertThat(this.catalog.citationTitle("164.530(c)")).contains("Safeguards");
		assertThat(this.catalog.citationTitle("164.999(a)")).isEmpty();
		assertThat(this.catalog.provision("164.308(a)(2)")).isEmpty();
		assertThat(this.catalog.provision("164.306(e)")).get()
			.extracting(Provision::group)
			.isEqualTo(RuleGroup.GENERAL_RULES);
	}

	@Test
	void groupsCitationsByPartOfTheRules() {
		assertThat(RuleGroup.of("164.306(a)")).isEqualTo(RuleGroup.GENERAL_RULES);
		assertThat(RuleGroup.of("164.308(a)(2)")).isEqualTo(RuleGroup.ADMINISTRATIVE);
		assertThat(RuleGroup.of("164.310(c)")).isEqualTo(RuleGroup.PHYSICAL);
		assertThat(RuleGroup.of("164.312(d)")).isEqualTo(RuleGroup.TECHNICAL);
		assertThat(RuleGroup.of("164.314(a)(1)")).isEqualTo(RuleGroup.ORGANIZATIONAL);
		assertThat(RuleGroup.of("164.316(a)")).isEqualTo(RuleGroup.DOCUMENTATION);
		assertThat(RuleGroup.of("164.530(c)")).isEqualTo(RuleGroup.OTHER_HIPAA_RULES);
		assertThat(RuleGroup.TECHNICAL.safeguard()).isEqualTo(Safeguard.TECHNICAL);
		assertThat(RuleGroup.OTHER_HIPAA_RULES.securityRule()).isFalse();
		assertThat(this.catalog.question("PHY-17").orElseThrow().group()).isEqualTo(RuleGroup.OTHER_HIPAA_RULES);
		assertThat(this.catalog.question("DAT-09").orElseThrow().groups()).containsExactly(RuleGroup.TECHNICAL);
	}

	@Test
	void riskRaisedOnlyByQuestionsAboutTheTimeBeforeTheAssessmentIsCuredBySignOff() {
		assertThat(this.catalog.curedBySignOff(java.util.List.of("BAS-03"))).isTrue();
		assertThat(this.catalog.curedBySignOff(java.util.List.of("BAS-03", "BAS-04"))).isTrue();
		assertThat(this.catalog.curedBySignOff(java.util.List.of("BAS-06"))).isTrue();
		assertThat(this.catalog.curedBySignOff(java.util.List.of("BAS-01", "BAS-03")))
			.as("an incomplete scope is not remedied by signing off")
			.isFalse();
		assertThat(this.catalog.curedBySignOff(java.util.List.of())).isFalse();
		assertThat(this.catalog.curedBySignOff(java.util.List.of("XYZ-01"))).isFalse();
	}

	@Test
	void listsTheQuestionsThatRaiseAVulnerability() {
		assertThat(this.catalog.questionsRaising("V-NO-RISK-ANALYSIS")).extracting(Question::key)
			.containsExactly("BAS-01", "BAS-03", "BAS-04");
		assertThat(this.catalog.questionsRaising("V-NOTHING")).isEmpty();
	}

	@Test
	void returnedCollectionsCannotBeModified() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.catalog.requirements().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.catalog.questions().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.catalog.question("BAS-01").orElseThrow().citations().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.catalog.vulnerabilities().get(0).controls().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.catalog.question("DAT-09").orElseThrow().mappingReasons().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.catalog.gapMappings().clear());
	}

}
