package dev.bulwark.inventory;

import java.util.UUID;

/** One line of the asset list. */
record AssetSummary(UUID id, String name, AssetKind kind, String assignedTo, String location, EphiUse ephi,
		Answer encryption, Answer mfa, Answer backedUp, PatchStatus patchStatus, String segmentName, AssetStatus status,
		int openFindings) {

}
