package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person records about an asset, on the page and as the API's JSON body. Only the
 * name and kind are required: everything else may stay empty or "not known", and the gaps
 * are shown rather than blocked. Text arrives stripped and blank text as {@code null}
 * (the web layer does that for every form); rules that need the date or other records are
 * in {@link Asset} and {@link AssetService}.
 *
 * @param name what the office calls it, e.g. "Front desk PC"
 * @param kind what sort of thing it is
 * @param assignedTo the person or role responsible for it
 * @param location site, room or "cloud"
 * @param ephi whether it stores or accesses ePHI
 * @param encryption full-disk (or storage) encryption
 * @param encryptionMethod e.g. BitLocker, FileVault
 * @param mfa multi-factor authentication enforced (applications and cloud services)
 * @param backedUp whether its data is backed up
 * @param patchStatus how current its operating system or software is
 * @param lastPatchedOn when it was last updated
 * @param antiMalware whether anti-malware protection runs on it
 * @param segmentId the network segment it sits in
 * @param status in use, spare or disposed
 */
record AssetForm(
		@NotBlank(message = "Enter a name, for example \"Front desk PC\".") @Size(max = 200,
				message = "Keep the name under 200 characters.") String name,
		@NotNull(message = "Choose what kind of asset this is.") AssetKind kind,
		@Size(max = 200, message = "Keep this under 200 characters.") String assignedTo,
		@Size(max = 200, message = "Keep this under 200 characters.") String location,
		@Size(max = 200, message = "Keep this under 200 characters.") String manufacturer,
		@Size(max = 200, message = "Keep this under 200 characters.") String model,
		@Size(max = 200, message = "Keep this under 200 characters.") String osVersion,
		@Size(max = 200, message = "Keep this under 200 characters.") String serialNumber,
		@Size(max = 100, message = "Keep this under 100 characters.") String ipAddress,
		@Pattern(regexp = "^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$",
				message = "Write the MAC address as six pairs of hex digits, e.g. 00:1A:2B:3C:4D:5E.") String macAddress,
		LocalDate purchaseDate, EphiUse ephi, Answer encryption,
		@Size(max = 200, message = "Keep this under 200 characters.") String encryptionMethod, Answer mfa,
		Answer backedUp, PatchStatus patchStatus, LocalDate lastPatchedOn, Answer antiMalware, UUID segmentId,
		AssetStatus status, @Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	/** A choice left empty means "not known" (or "in use" for the status). */
	AssetForm {
		ephi = (ephi != null) ? ephi : EphiUse.UNKNOWN;
		encryption = (encryption != null) ? encryption : Answer.UNKNOWN;
		mfa = (mfa != null) ? mfa : Answer.UNKNOWN;
		backedUp = (backedUp != null) ? backedUp : Answer.UNKNOWN;
		patchStatus = (patchStatus != null) ? patchStatus : PatchStatus.UNKNOWN;
		antiMalware = (antiMalware != null) ? antiMalware : Answer.UNKNOWN;
		status = (status != null) ? status : AssetStatus.IN_USE;
	}

	/** An empty form for a new asset of the given kind (or none). */
	static AssetForm blank(AssetKind kind) {
		return new AssetForm(null, kind, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	static AssetForm of(AssetDetails asset) {
		return new AssetForm(asset.name(), asset.kind(), asset.assignedTo(), asset.location(), asset.manufacturer(),
				asset.model(), asset.osVersion(), asset.serialNumber(), asset.ipAddress(), asset.macAddress(),
				asset.purchaseDate(), asset.ephi(), asset.encryption(), asset.encryptionMethod(), asset.mfa(),
				asset.backedUp(), asset.patchStatus(), asset.lastPatchedOn(), asset.antiMalware(), asset.segmentId(),
				asset.status(), asset.notes());
	}

	/**
	 * The same form in another network segment (the CSV import resolves names to ids).
	 */
	AssetForm inSegment(UUID segment) {
		return new AssetForm(this.name, this.kind, this.assignedTo, this.location, this.manufacturer, this.model,
				this.osVersion, this.serialNumber, this.ipAddress, this.macAddress, this.purchaseDate, this.ephi,
				this.encryption, this.encryptionMethod, this.mfa, this.backedUp, this.patchStatus, this.lastPatchedOn,
				this.antiMalware, segment, this.status, this.notes);
	}

}
