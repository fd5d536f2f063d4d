package dev.bulwark.binder;

import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;

/** What happens to audit binder exports; each is an audit entry. */
public sealed interface BinderEvent extends AuditableEvent {

	UUID exportId();

	@Override
	default String objectType() {
		return "binder-export";
	}

	@Override
	default String objectId() {
		return exportId().toString();
	}

	/** Someone asked for the binder. */
	record BinderExportStarted(UUID practiceId, UUID exportId) implements BinderEvent {

		@Override
		public String action() {
			return "binder.export-started";
		}

		@Override
		public String summary() {
			return "Audit binder export started";
		}

	}

	/** The binder is ready; its checksum lets a copy kept elsewhere be compared. */
	record BinderExported(UUID practiceId, UUID exportId, int fileCount, long sizeBytes, String sha256,
			UUID actorUserId, String actorLabel) implements BinderEvent {

		@Override
		public String action() {
			return "binder.exported";
		}

		@Override
		public String summary() {
			return "Audit binder prepared: " + this.fileCount + " files, " + this.sizeBytes + " bytes, SHA-256 "
					+ this.sha256;
		}

	}

	/** Preparing the binder failed (the cause is in the server log, without data). */
	record BinderExportFailed(UUID practiceId, UUID exportId, UUID actorUserId,
			String actorLabel) implements BinderEvent {

		@Override
		public String action() {
			return "binder.export-failed";
		}

		@Override
		public String summary() {
			return "Audit binder export failed";
		}

	}

	/** Someone downloaded a prepared binder. */
	record BinderDownloaded(UUID practiceId, UUID exportId, String sha256) implements BinderEvent {

		@Override
		public String action() {
			return "binder.downloaded";
		}

		@Override
		public String summary() {
			return "Audit binder downloaded (SHA-256 " + this.sha256 + ")";
		}

	}

}
