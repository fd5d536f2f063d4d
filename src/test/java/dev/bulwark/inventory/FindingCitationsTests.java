package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.bulwark.catalog.Catalog;
import org.junit.jupiter.api.Test;

import static dev.bulwark.inventory.InventoryFixtures.compliant;
import static dev.bulwark.inventory.InventoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every citation a finding carries is a requirement of the catalog, spelt the same way.
 */
class FindingCitationsTests {

	@Test
	void everyRuleCitesARequirementOfTheCatalog() {
		NetworkSegmentDetails guest = InventoryFixtures.segment("Guest", SegmentKind.GUEST, Answer.NO);
		AssetDetails laptop = InventoryFixtures.inSegment(with(compliant(AssetKind.LAPTOP, "Laptop"), EphiUse.STORES,
				Answer.NO, Answer.NO, Answer.NO, PatchStatus.END_OF_LIFE, Answer.NO), guest);
		AssetDetails cloud = with(compliant(AssetKind.CLOUD_SERVICE, "Cloud"), EphiUse.STORES, Answer.NO, Answer.NO,
				Answer.NO, PatchStatus.CURRENT, Answer.NO);
		DataFlowDetails email = InventoryFixtures.flow(laptop, "Lab", FlowChannel.EMAIL, Answer.NO);
		List<FindingRules.Derived> findings = FindingRules.evaluate(List.of(laptop, cloud), List.of(email),
				List.of(guest), null, LocalDate.of(2026, 6, 1));
		Set<String> rules = new TreeSet<>();
		findings.forEach((f) -> rules.add(f.ruleKey()));
		assertThat(rules).containsExactlyInAnyOrder(FindingRules.UNENCRYPTED, FindingRules.PORTABLE_UNENCRYPTED,
				FindingRules.NO_MFA, FindingRules.NO_BACKUP, FindingRules.UNPATCHED, FindingRules.NO_ANTI_MALWARE,
				FindingRules.ON_GUEST_NETWORK, FindingRules.FLOW_UNENCRYPTED, FindingRules.GUEST_NOT_SEPARATED,
				FindingRules.REVIEW_OVERDUE);
		Catalog catalog = new Catalog();
		for (FindingRules.Derived finding : findings) {
			assertThat(catalog.requirement(finding.citation())).as(finding.citation()).isPresent();
		}
	}

}
