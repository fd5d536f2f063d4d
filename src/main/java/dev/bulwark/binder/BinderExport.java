package dev.bulwark.binder;

import java.time.Instant;
import java.util.UUID;

/**
 * One export of the audit binder.
 *
 * @param id the export
 * @param status where it stands
 * @param statusLabel the status in words
 * @param requestedBy who asked for it
 * @param requestedAt when
 * @param completedAt when it was ready (or failed), or {@code null}
 * @param expiresAt until when it can be downloaded
 * @param fileCount files in the ZIP, index and manifest included, once ready
 * @param sizeBytes size of the ZIP once ready
 * @param sha256 SHA-256 of the ZIP once ready, to compare with a copy kept elsewhere
 * @param failure what went wrong, in plain words, or {@code null}
 */
record BinderExport(UUID id, BinderStatus status, String statusLabel, String requestedBy, Instant requestedAt,
		Instant completedAt, Instant expiresAt, Integer fileCount, Long sizeBytes, String sha256, String failure) {

	BinderExport(UUID id, BinderStatus status, String requestedBy, Instant requestedAt, Instant completedAt,
			Instant expiresAt, Integer fileCount, Long sizeBytes, String sha256, String failure) {
		this(id, status, status.label(), requestedBy, requestedAt, completedAt, expiresAt, fileCount, sizeBytes, sha256,
				failure);
	}

	public boolean downloadable(Instant now) {
		return this.status == BinderStatus.READY && now.isBefore(this.expiresAt);
	}

	public boolean preparing() {
		return this.status == BinderStatus.PREPARING;
	}

}
