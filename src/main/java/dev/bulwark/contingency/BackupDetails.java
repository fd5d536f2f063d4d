package dev.bulwark.contingency;

import java.time.Instant;
import java.util.UUID;

/**
 * One backup copy in the register.
 *
 * @param id the copy
 * @param assetId the system whose data it copies
 * @param systemName that system's name in the inventory ("(removed from the inventory)"
 * if it is gone)
 * @param what what is copied
 * @param frequency how often
 * @param location where it is kept
 * @param media what it is stored on
 * @param encrypted whether it is encrypted
 * @param immutable whether it is offline or cannot be changed
 * @param retention how long copies are kept
 * @param lastSucceededAt when it last completed successfully, or {@code null} if not
 * known
 * @param notes anything else
 * @param createdAt when it was recorded
 */
record BackupDetails(UUID id, UUID assetId, String systemName, String what, BackupFrequency frequency,
		BackupLocation location, BackupMedia media, Answer encrypted, Answer immutable, String retention,
		Instant lastSucceededAt, String notes, Instant createdAt) {

	BackupDetails withSystemName(String name) {
		return new BackupDetails(this.id, this.assetId, name, this.what, this.frequency, this.location, this.media,
				this.encrypted, this.immutable, this.retention, this.lastSucceededAt, this.notes, this.createdAt);
	}

}
