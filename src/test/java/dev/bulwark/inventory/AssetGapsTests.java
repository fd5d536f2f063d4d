package dev.bulwark.inventory;

import org.junit.jupiter.api.Test;

import static dev.bulwark.inventory.InventoryFixtures.compliant;
import static dev.bulwark.inventory.InventoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

class AssetGapsTests {

	@Test
	void aBareRecordListsWhatToFindOut() {
		AssetDetails bare = with(compliant(AssetKind.LAPTOP, "Laptop"), EphiUse.STORES, Answer.UNKNOWN, Answer.UNKNOWN,
				Answer.UNKNOWN, PatchStatus.UNKNOWN, Answer.UNKNOWN);
		assertThat(AssetGaps.of(bare)).contains("Whether its storage is encrypted is not known.",
				"Whether it is backed up is not known.", "How up to date its software is, is not known.",
				"Whether anti-malware runs on it is not known.", "Its network segment is not recorded.");
	}

	@Test
	void softwareIsAskedAboutMfaNotAboutSerialNumbers() {
		AssetDetails ehr = with(compliant(AssetKind.CLOUD_SERVICE, "EHR"), EphiUse.ACCESSES, Answer.UNKNOWN,
				Answer.UNKNOWN, Answer.YES, PatchStatus.CURRENT, Answer.UNKNOWN);
		assertThat(AssetGaps.of(ehr)).containsExactly("Whether multi-factor sign-in is enforced is not known.");
	}

	@Test
	void aDisposedAssetOnlyNeedsItsDisposalRecord() {
		assertThat(AssetGaps.of(InventoryFixtures.disposed(compliant(AssetKind.LAPTOP, "Old"))))
			.containsExactly("How its data was destroyed is not recorded.");
	}

}
