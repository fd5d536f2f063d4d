package dev.bulwark.inventory;

import java.util.ArrayList;
import java.util.List;

/**
 * What is still missing from an asset's record, in plain words. Gaps never block saving;
 * they tell the person what to find out next.
 */
final class AssetGaps {

	private AssetGaps() {
	}

	static List<String> of(AssetDetails a) {
		List<String> gaps = new ArrayList<>();
		if (!a.active()) {
			if (a.disposalMethod() == null) {
				gaps.add("How its data was destroyed is not recorded.");
			}
			return gaps;
		}
		if (a.ephi() == EphiUse.UNKNOWN) {
			gaps.add("Whether it stores or accesses ePHI is not recorded.");
		}
		if (a.assignedTo() == null) {
			gaps.add("No one is named as responsible for it.");
		}
		if (a.location() == null) {
			gaps.add("Its location is not recorded.");
		}
		if (a.kind().isDevice() && a.ephi().holds() && a.encryption() == Answer.UNKNOWN) {
			gaps.add("Whether its storage is encrypted is not known.");
		}
		if (a.encryption() == Answer.YES && a.encryptionMethod() == null && a.kind().isDevice()) {
			gaps.add("The encryption method (e.g. BitLocker) is not recorded.");
		}
		if (a.kind().isSoftware() && a.ephi().involved() && a.mfa() == Answer.UNKNOWN) {
			gaps.add("Whether multi-factor sign-in is enforced is not known.");
		}
		if (a.ephi() == EphiUse.STORES && a.backedUp() == Answer.UNKNOWN) {
			gaps.add("Whether it is backed up is not known.");
		}
		if (a.patchStatus() == PatchStatus.UNKNOWN) {
			gaps.add("How up to date its software is, is not known.");
		}
		if (a.kind().needsAntiMalware() && a.antiMalware() == Answer.UNKNOWN) {
			gaps.add("Whether anti-malware runs on it is not known.");
		}
		if (a.kind().isDevice() && a.kind() != AssetKind.REMOVABLE_MEDIA && a.segmentId() == null) {
			gaps.add("Its network segment is not recorded.");
		}
		if (a.kind().isDevice() && a.serialNumber() == null) {
			gaps.add("Its serial number is not recorded.");
		}
		if (a.osVersion() == null && a.kind() != AssetKind.REMOVABLE_MEDIA) {
			gaps.add("Its operating system or version is not recorded.");
		}
		return gaps;
	}

}
