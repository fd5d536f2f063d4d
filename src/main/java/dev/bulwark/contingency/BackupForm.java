package dev.bulwark.contingency;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One backup copy of a system's data, as a person records it on the page and as the API's
 * JSON body. The system, what is copied, how often, where and on what are required; the
 * rest may stay "not known" and shows as a gap.
 *
 * @param assetId the system of the inventory whose data is copied
 * @param what what is copied, e.g. "Practice management database and scanned documents"
 * @param frequency how often the copy is made
 * @param location on site, off site or in the cloud
 * @param media what the copy is stored on
 * @param encrypted whether the copy is encrypted
 * @param immutable whether the copy is offline or cannot be changed (so ransomware cannot
 * reach it)
 * @param retention how long copies are kept, e.g. "30 daily, 12 monthly"
 * @param lastSucceededAt when the copy last completed successfully, in the practice's
 * local time
 * @param notes anything else (the backup software, who checks the reports)
 */
record BackupForm(@NotNull(message = "Choose the system whose data is copied.") UUID assetId,
		@NotBlank(message = "Say what is copied, for example \"the practice management database\".") @Size(max = 500,
				message = "Keep this under 500 characters.") String what,
		@NotNull(message = "Choose how often the copy is made.") BackupFrequency frequency,
		@NotNull(message = "Choose where the copy is kept.") BackupLocation location,
		@NotNull(message = "Choose what the copy is stored on.") BackupMedia media, Answer encrypted, Answer immutable,
		@Size(max = 200, message = "Keep this under 200 characters.") String retention,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime lastSucceededAt,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	/** A choice left empty means "not known". */
	BackupForm {
		encrypted = (encrypted != null) ? encrypted : Answer.UNKNOWN;
		immutable = (immutable != null) ? immutable : Answer.UNKNOWN;
	}

	static BackupForm blank(UUID assetId) {
		return new BackupForm(assetId, null, null, null, null, null, null, null, null, null);
	}

	static BackupForm of(BackupDetails backup, java.time.ZoneId zone) {
		return new BackupForm(backup.assetId(), backup.what(), backup.frequency(), backup.location(), backup.media(),
				backup.encrypted(), backup.immutable(), backup.retention(),
				(backup.lastSucceededAt() != null)
						? LocalDateTime.ofInstant(backup.lastSucceededAt(), zone).withSecond(0).withNano(0) : null,
				backup.notes());
	}

}
