package dev.bulwark.catalog;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threats and vulnerabilities are numerous enough, cover the HICP and NIST groupings, and
 * every reference between them resolves.
 */
class ThreatsAndVulnerabilitiesTests {

	private final Catalog catalog = TestCatalog.get();

	@Test
	void thereAreEnoughThreatsAndVulnerabilities() {
		assertThat(this.catalog.threats()).hasSizeGreaterThanOrEqualTo(25);
		assertThat(this.catalog.vulnerabilities()).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void allFourNistSourceTypesAreDefinedAndUsed() {
		assertThat(this.catalog.threatSourceTypes()).extracting(ThreatSourceType::key)
			.containsExactly("ADVERSARIAL", "ACCIDENTAL", "STRUCTURAL", "ENVIRONMENTAL");
		assertThat(this.catalog.threats()).extracting(Threat::sourceType)
			.containsAll(Set.of("ADVERSARIAL", "ACCIDENTAL", "STRUCTURAL", "ENVIRONMENTAL"));
	}

	@Test
	void allFiveHicpTopThreatsAreCovered() {
		assertThat(this.catalog.hicpTopThreats()).hasSize(5);
		Set<String> covered = this.catalog.threats()
			.stream()
			.map(Threat::hicpTopThreat)
			.filter((key) -> key != null)
			.collect(Collectors.toSet());
		assertThat(covered).containsExactlyInAnyOrderElementsOf(
				this.catalog.hicpTopThreats().stream().map(HicpTopThreat::key).toList());
	}

	@Test
	void thereAreTenHicpPracticesNumberedOneToTen() {
		assertThat(this.catalog.hicpPractices()).extracting(HicpPractice::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	}

	@Test
	void everyVulnerabilityReferenceResolves() {
		for (Vulnerability vulnerability : this.catalog.vulnerabilities()) {
			assertThat(vulnerability.threats()).as(vulnerability.key()).isNotEmpty();
			vulnerability.threats()
				.forEach((key) -> assertThat(this.catalog.threat(key)).as(vulnerability.key() + " -> " + key)
					.isPresent());
			assertThat(vulnerability.citations()).as(vulnerability.key()).isNotEmpty();
			vulnerability.citations()
				.forEach((citation) -> assertThat(this.catalog.citationTitle(citation))
					.as(vulnerability.key() + " -> " + citation)
					.isPresent());
			assertThat(vulnerability.controls()).as(vulnerability.key()).hasSizeBetween(2, 4);
			assertThat(vulnerability.defaultLikelihood()).isNotNull();
			assertThat(vulnerability.defaultImpact()).isNotNull();
			assertThat(vulnerability.hicp()).as(vulnerability.key()).isNotEmpty();
		}
	}

	@Test
	void everyThreatCanExploitSomeVulnerability() {
		Set<String> linked = this.catalog.vulnerabilities()
			.stream()
			.flatMap((vulnerability) -> vulnerability.threats().stream())
			.collect(Collectors.toSet());
		assertThat(linked).containsAll(this.catalog.threats().stream().map(Threat::key).toList());
	}

	@Test
	void everyVulnerabilityCanBeRaisedByAQuestion() {
		Set<String> raised = this.catalog.questions()
			.stream()
			.flatMap((question) -> question.vulnerabilities().stream())
			.collect(Collectors.toSet());
		assertThat(raised).containsAll(this.catalog.vulnerabilities().stream().map(Vulnerability::key).toList());
	}

	@Test
	void controlsAreShortTaskTitles() {
		for (Vulnerability vulnerability : this.catalog.vulnerabilities()) {
			for (String control : vulnerability.controls()) {
				assertThat(control).as(vulnerability.key()).endsWith(".").hasSizeLessThan(130);
				assertThat(Character.isUpperCase(control.charAt(0))).as(control).isTrue();
			}
		}
	}

}
