package dev.bulwark.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of inventory finding has its own vulnerability, chosen explicitly in the
 * catalog data instead of "the first vulnerability citing the same paragraph", and shares
 * it with the questionnaire answers about the same weakness so the register can keep one
 * risk.
 */
class GapMappingTests {

	/**
	 * The inventory's finding kinds with the citation each carries, as in
	 * inventory/FindingRules.java at the time of writing.
	 */
	private static final Map<String, String> INVENTORY_FINDINGS = inventoryFindings();

	private final Catalog catalog = TestCatalog.get();

	private static Map<String, String> inventoryFindings() {
		Map<String, String> findings = new LinkedHashMap<>();
		findings.put("asset.unencrypted", "164.312(a)(2)(iv)");
		findings.put("asset.portable-unencrypted", "164.310(d)(1)");
		findings.put("asset.no-mfa", "164.312(d)");
		findings.put("asset.no-backup", "164.308(a)(7)(ii)(A)");
		findings.put("asset.unpatched", "164.308(a)(1)(ii)(B)");
		findings.put("asset.no-anti-malware", "164.308(a)(5)(ii)(B)");
		findings.put("asset.on-guest-network", "164.312(a)(1)");
		findings.put("flow.unencrypted", "164.312(e)(2)(ii)");
		findings.put("segment.guest-not-separated", "164.312(a)(1)");
		findings.put("inventory.review-overdue", "164.308(a)(1)(ii)(A)");
		return findings;
	}

	@Test
	void everyInventoryFindingKindIsMappedWithTheCitationItCarries() {
		assertThat(this.catalog.gapMappings()).filteredOn((mapping) -> mapping.source().equals("inventory"))
			.extracting(GapMapping::key)
			.containsExactlyElementsOf(INVENTORY_FINDINGS.keySet());
		INVENTORY_FINDINGS.forEach((kind, citation) -> {
			GapMapping mapping = this.catalog.gapMappings()
				.stream()
				.filter((m) -> m.key().equals(kind))
				.findFirst()
				.orElseThrow();
			assertThat(mapping.citation()).as(kind).isEqualTo(citation);
			Vulnerability vulnerability = this.catalog.vulnerabilityForGap("inventory", kind).orElseThrow();
			assertThat(vulnerability.key()).isEqualTo(mapping.vulnerability());
			assertThat(vulnerability.citations()).as(kind).contains(citation);
			assertThat(vulnerability.gaps()).as(kind).contains("inventory:" + kind);
		});
	}

	@Test
	void eachFindingGetsTheWeaknessItDescribes() {
		Map<String, String> expected = Map.of("asset.unencrypted", "V-UNENCRYPTED-DEVICES",
				"asset.portable-unencrypted", "V-UNENCRYPTED-DEVICES", "asset.no-mfa", "V-NO-MFA", "asset.no-backup",
				"V-NO-BACKUP", "asset.unpatched", "V-UNPATCHED-SYSTEMS", "asset.no-anti-malware", "V-NO-ANTI-MALWARE",
				"asset.on-guest-network", "V-GUEST-NETWORK-NOT-SEPARATED", "flow.unencrypted",
				"V-UNENCRYPTED-TRANSMISSION", "segment.guest-not-separated", "V-GUEST-NETWORK-NOT-SEPARATED",
				"inventory.review-overdue", "V-NO-ASSET-INVENTORY");
		expected.forEach((kind, key) -> assertThat(this.catalog.vulnerabilityForGap("inventory", kind)).as(kind)
			.get()
			.extracting(Vulnerability::key)
			.isEqualTo(key));
	}

	@Test
	void theOldCitationGuessWouldHavePickedTheWrongWeakness() {
		// What the register did before: the first vulnerability whose citations contain
		// the
		// finding's citation. The explicit map differs for these kinds.
		for (String kind : new String[] { "asset.no-mfa", "asset.unpatched", "asset.no-anti-malware",
				"asset.on-guest-network" }) {
			String citation = INVENTORY_FINDINGS.get(kind);
			String guessed = this.catalog.vulnerabilities()
				.stream()
				.filter((v) -> v.citations().contains(citation))
				.findFirst()
				.orElseThrow()
				.key();
			assertThat(this.catalog.vulnerabilityForGap("inventory", kind).orElseThrow().key()).as(kind)
				.isNotEqualTo(guessed);
		}
	}

	@Test
	void sharedWeaknessesAreTheVulnerabilitiesTheQuestionnaireRaisesToo() {
		Map<String, String> weaknessQuestion = Map.of("asset.no-mfa", "TEC-10", "asset.unpatched", "DAT-02",
				"asset.unencrypted", "DAT-07", "flow.unencrypted", "DAT-17", "asset.no-backup", "DAT-20",
				"asset.no-anti-malware", "DAT-01", "segment.guest-not-separated", "TEC-24");
		weaknessQuestion.forEach((kind, question) -> {
			String vulnerability = this.catalog.vulnerabilityForGap("inventory", kind).orElseThrow().key();
			assertThat(this.catalog.question(question).orElseThrow().vulnerabilities()).as(kind + " and " + question)
				.contains(vulnerability);
		});
		for (GapMapping mapping : this.catalog.gapMappings()) {
			assertThat(this.catalog.questionsRaising(mapping.vulnerability())).as(mapping.qualifiedKey()).isNotEmpty();
		}
	}

	@Test
	void unknownGapsAndSourcesMapToNothing() {
		assertThat(this.catalog.vulnerabilityForGap("inventory", "asset.no-such-rule")).isEmpty();
		assertThat(this.catalog.vulnerabilityForGap("vendors", "asset.no-mfa")).isEmpty();
		assertThat(this.catalog.vulnerability("V-NO-EVALUATION").orElseThrow().gaps()).isEmpty();
	}

}
