package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.bulwark.shared.GapsReported.Gap;
import org.junit.jupiter.api.Test;

import static dev.bulwark.inventory.InventoryFixtures.compliant;
import static dev.bulwark.inventory.InventoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gaps the inventory reports to the risk register: one per kind, titled by the facts.
 */
class InventoryGapsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private static List<Gap> gaps(List<AssetDetails> assets, List<DataFlowDetails> flows,
			List<NetworkSegmentDetails> segments) {
		return InventoryGaps.of(FindingRules.evaluate(assets, flows, segments, null, TODAY), assets, flows, segments);
	}

	private static AssetDetails unencrypted(AssetKind kind, String name, Answer encryption) {
		return with(compliant(kind, name), EphiUse.STORES, encryption, Answer.YES, Answer.YES, PatchStatus.CURRENT,
				Answer.YES);
	}

	@Test
	void anUnencryptedLaptopIsOneGapThoughItBreaksTwoRules() {
		AssetDetails laptop = unencrypted(AssetKind.LAPTOP, "Front desk laptop", Answer.NO);
		assertThat(gaps(List.of(laptop), List.of(), List.of())).singleElement().satisfies((gap) -> {
			assertThat(gap.key()).isEqualTo("asset.unencrypted");
			assertThat(gap.citation()).isEqualTo("164.312(a)(2)(iv)");
			assertThat(gap.title())
				.isEqualTo("A laptop, phone or removable medium holding patient information is not encrypted");
			assertThat(gap.detail()).startsWith("Affected: Front desk laptop.");
			assertThat(gap.link()).isEqualTo("/inventory/assets/" + laptop.id());
			assertThat(gap.vulnerabilityId()).isNull();
		});
	}

	@Test
	void theTitleCountsTheSystemsAndSaysWhenEncryptionIsOnlyNotKnown() {
		AssetDetails laptop = unencrypted(AssetKind.LAPTOP, "Laptop", Answer.UNKNOWN);
		AssetDetails server = unencrypted(AssetKind.SERVER, "File server", Answer.UNKNOWN);
		assertThat(gaps(List.of(laptop, server), List.of(), List.of())).singleElement()
			.satisfies((gap) -> assertThat(gap.title())
				.isEqualTo("2 devices or systems holding patient information are not known to be encrypted"));

		AssetDetails known = unencrypted(AssetKind.SERVER, "Old server", Answer.NO);
		assertThat(gaps(List.of(laptop, known), List.of(), List.of())).singleElement().satisfies((gap) -> {
			assertThat(gap.title())
				.isEqualTo("2 devices or systems holding patient information are not encrypted or not known to be");
			assertThat(gap.detail()).contains("Laptop, Old server");
			assertThat(gap.link()).isEqualTo("/inventory/findings");
		});
	}

	@Test
	void theDetailNamesAtMostTenSystems() {
		List<AssetDetails> laptops = new ArrayList<>();
		for (int i = 1; i <= 13; i++) {
			laptops.add(unencrypted(AssetKind.LAPTOP, "Laptop " + i, Answer.NO));
		}
		assertThat(gaps(laptops, List.of(), List.of())).singleElement().satisfies((gap) -> {
			assertThat(gap.title())
				.isEqualTo("13 laptops, phones or removable media holding patient information are not encrypted");
			assertThat(gap.detail()).contains("Laptop 10 and 3 more").doesNotContain("Laptop 11");
		});
	}

	@Test
	void eachKindIsItsOwnGapAndTheOverdueReviewIsNone() {
		AssetDetails ehr = with(compliant(AssetKind.CLOUD_SERVICE, "Cloud EHR"), EphiUse.ACCESSES, Answer.YES,
				Answer.NO, Answer.YES, PatchStatus.CURRENT, Answer.YES);
		AssetDetails server = with(compliant(AssetKind.SERVER, "EHR server"), EphiUse.STORES, Answer.YES, Answer.YES,
				Answer.NO, PatchStatus.END_OF_LIFE, Answer.NO);
		DataFlowDetails email = InventoryFixtures.flow(server, "Acme Lab", FlowChannel.EMAIL, Answer.UNKNOWN);
		NetworkSegmentDetails guest = InventoryFixtures.segment("Guest Wi-Fi", SegmentKind.GUEST, Answer.NO);
		List<FindingRules.Derived> derived = FindingRules.evaluate(List.of(ehr, server), List.of(email), List.of(guest),
				null, TODAY);
		assertThat(derived).extracting(FindingRules.Derived::ruleKey).contains(FindingRules.REVIEW_OVERDUE);

		List<Gap> gaps = InventoryGaps.of(derived, List.of(ehr, server), List.of(email), List.of(guest));
		assertThat(gaps).extracting(Gap::key)
			.containsExactly("asset.no-mfa", "asset.no-backup", "asset.unpatched", "asset.no-anti-malware",
					"flow.unencrypted", "segment.guest-not-separated");
		assertThat(gaps).extracting(Gap::title)
			.containsExactly(
					"An application or cloud service with patient information does not require multi-factor sign-in",
					"A system storing patient information is not backed up",
					"A system is behind on security updates or past end of support",
					"A computer has no protection from malicious software",
					"A transfer of patient information is not known to be encrypted in transit",
					"A guest network is not separated from the networks where patient information is used");
		assertThat(gaps.get(4).detail()).contains("EHR server to Acme Lab (vendor");
	}

	@Test
	void noGapsIsAnEmptyReport() {
		assertThat(gaps(List.of(compliant(AssetKind.LAPTOP, "Laptop")), List.of(), List.of())).isEmpty();
	}

}
