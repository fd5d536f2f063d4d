package dev.bulwark.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Everything recorded about one asset.
 *
 * @param segmentName name of its network segment, or {@code null}
 * @param disposedOn when it was disposed of (164.310(d)(2)(i)), or {@code null}
 * @param disposalMethod how its data was destroyed, e.g. "disk shredded by vendor"
 * @param disposedBy who did or witnessed it
 */
record AssetDetails(UUID id, String name, AssetKind kind, String assignedTo, String location, String manufacturer,
		String model, String osVersion, String serialNumber, String ipAddress, String macAddress,
		LocalDate purchaseDate, EphiUse ephi, Answer encryption, String encryptionMethod, Answer mfa, Answer backedUp,
		PatchStatus patchStatus, LocalDate lastPatchedOn, Answer antiMalware, UUID segmentId, String segmentName,
		AssetStatus status, LocalDate disposedOn, String disposalMethod, String disposedBy, String notes,
		Instant createdAt, Instant updatedAt) {

	/** Whether the asset still counts (not disposed of). */
	public boolean active() {
		return this.status != AssetStatus.DISPOSED;
	}

	/**
	 * A portable device without known encryption that only reaches ePHI, but on which
	 * patient files can be saved (downloads end up on it).
	 */
	public boolean unencryptedPortableWithSavedFiles() {
		return this.ephi == EphiUse.FILES_SAVED && this.encryption != Answer.YES && this.kind.isPortable();
	}

	/** Holds ePHI on its own storage without known encryption. */
	public boolean unencryptedEphiStore() {
		return this.ephi.holds() && this.encryption != Answer.YES && this.kind.isDevice();
	}

}
