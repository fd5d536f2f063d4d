package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded wipe before re-use of a device or medium. */
record MediaReuseRecord(UUID id, UUID assetId, LocalDate reusedOn, String sanitizationMethod, String performedBy,
		String reusedFor) {

}
