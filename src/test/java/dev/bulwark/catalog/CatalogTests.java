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
		assertThat(this.catalog.questions()).last().extracting(Question::key).isEqualTo("TEC-23");
		assertThat(this.catalog.questions())
			.hasSize(this.catalog.sections().stream().mapToInt((section) -> section.questions().size()).sum());
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
	}

}
