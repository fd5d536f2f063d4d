package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a person records about an asset. Only the name and kind are required: everything
 * else may stay empty or "not known", and the gaps are shown rather than blocked.
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
public record AssetForm(
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
		@Pattern(regexp = "^$|^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$",
				message = "Write the MAC address as six pairs of hex digits, e.g. 00:1A:2B:3C:4D:5E.") String macAddress,
		@PastOrPresent(message = "The purchase date cannot be in the future.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate purchaseDate,
		EphiUse ephi, Answer encryption,
		@Size(max = 200, message = "Keep this under 200 characters.") String encryptionMethod, Answer mfa,
		Answer backedUp, PatchStatus patchStatus,
		@PastOrPresent(message = "The last update cannot be in the future.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate lastPatchedOn,
		Answer antiMalware, UUID segmentId, AssetStatus status,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	public AssetForm {
		name = clean(name);
		assignedTo = clean(assignedTo);
		location = clean(location);
		manufacturer = clean(manufacturer);
		model = clean(model);
		osVersion = clean(osVersion);
		serialNumber = clean(serialNumber);
		ipAddress = clean(ipAddress);
		macAddress = clean(macAddress);
		encryptionMethod = clean(encryptionMethod);
		notes = clean(notes);
		ephi = (ephi != null) ? ephi : EphiUse.UNKNOWN;
		encryption = (encryption != null) ? encryption : Answer.UNKNOWN;
		mfa = (mfa != null) ? mfa : Answer.UNKNOWN;
		backedUp = (backedUp != null) ? backedUp : Answer.UNKNOWN;
		patchStatus = (patchStatus != null) ? patchStatus : PatchStatus.UNKNOWN;
		antiMalware = (antiMalware != null) ? antiMalware : Answer.UNKNOWN;
		status = (status != null) ? status : AssetStatus.IN_USE;
	}

	/** An empty form for a new asset of the given kind (or none). */
	public static AssetForm blank(AssetKind kind) {
		return new AssetForm(null, kind, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	public static AssetForm of(AssetDetails asset) {
		return new AssetForm(asset.name(), asset.kind(), asset.assignedTo(), asset.location(), asset.manufacturer(),
				asset.model(), asset.osVersion(), asset.serialNumber(), asset.ipAddress(), asset.macAddress(),
				asset.purchaseDate(), asset.ephi(), asset.encryption(), asset.encryptionMethod(), asset.mfa(),
				asset.backedUp(), asset.patchStatus(), asset.lastPatchedOn(), asset.antiMalware(), asset.segmentId(),
				asset.status(), asset.notes());
	}

	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
