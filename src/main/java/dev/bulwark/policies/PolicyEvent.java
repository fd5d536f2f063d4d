package dev.bulwark.policies;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened to controlled documents (policies and the plans other modules generate),
 * one record per fact. Each is published in the transaction that made the change and
 * written to the practice's audit trail in that same transaction.
 * <p>
 * The action names are stable: audit searches and exports rely on them. Summaries name
 * the document and its version, never its content.
 */
public sealed interface PolicyEvent extends AuditableEvent {

	/** The document acted on. */
	UUID documentId();

	@Override
	default String objectType() {
		return "policy";
	}

	@Override
	default String objectId() {
		return documentId().toString();
	}

	/**
	 * A document was created with its first draft, by another module or from scratch.
	 */
	record DocumentCreated(UUID practiceId, UUID documentId, String kind, String title) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.document-created";
		}

		@Override
		public String summary() {
			return this.kind + " created: \"" + this.title + "\" (draft version 1)";
		}

	}

	/** A policy template was adopted: the document exists with a filled-in draft. */
	record PolicyAdopted(UUID practiceId, UUID documentId, String title, String templateKey) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.adopted";
		}

		@Override
		public String summary() {
			return "Policy adopted from the template \"" + this.templateKey + "\": \"" + this.title
					+ "\" (draft version 1)";
		}

	}

	/** A new version was started as a draft. */
	record PolicyVersionDrafted(UUID practiceId, UUID documentId, String title,
			int versionNumber) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.version-drafted";
		}

		@Override
		public String summary() {
			return "Draft version " + this.versionNumber + " of \"" + this.title + "\" started";
		}

	}

	/** A draft's text, title or change note was changed. */
	record PolicyDraftChanged(UUID practiceId, UUID documentId, String title,
			int versionNumber) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.draft-changed";
		}

		@Override
		public String summary() {
			return "Draft version " + this.versionNumber + " of \"" + this.title + "\" changed";
		}

	}

	/** The security officer approved a draft. */
	record PolicyVersionApproved(UUID practiceId, UUID documentId, String title, int versionNumber, String approvedBy,
			LocalDate approvedOn) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.version-approved";
		}

		@Override
		public String summary() {
			return "Version " + this.versionNumber + " of \"" + this.title + "\" approved by " + this.approvedBy
					+ " on " + this.approvedOn;
		}

	}

	/**
	 * An approved version was published and is now in effect; the version it replaces (if
	 * any) is superseded, last in effect on {@code supersededLastEffective}.
	 *
	 * @param significant whether staff must acknowledge again
	 */
	record PolicyPublished(UUID practiceId, UUID documentId, String title, int versionNumber, LocalDate effectiveFrom,
			boolean significant, Integer supersededVersion, LocalDate supersededLastEffective,
			LocalDate supersededRetainUntil) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.published";
		}

		@Override
		public String summary() {
			return "Version " + this.versionNumber + " of \"" + this.title + "\" in effect from " + this.effectiveFrom
					+ (this.significant ? ", staff acknowledge it" : ", no new acknowledgement needed")
					+ ((this.supersededVersion != null)
							? "; version " + this.supersededVersion + " superseded, last in effect "
									+ this.supersededLastEffective + ", kept until " + this.supersededRetainUntil
							: "");
		}

	}

	/** A draft or approved version that was never published was discarded. */
	record PolicyVersionDiscarded(UUID practiceId, UUID documentId, String title,
			int versionNumber) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.version-discarded";
		}

		@Override
		public String summary() {
			return "Unpublished version " + this.versionNumber + " of \"" + this.title + "\" discarded";
		}

	}

	/**
	 * A superseded or retired version was deleted after its six years of retention.
	 */
	record PolicyVersionDeleted(UUID practiceId, UUID documentId, String title, int versionNumber,
			LocalDate retainedUntil) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.version-deleted";
		}

		@Override
		public String summary() {
			return "Version " + this.versionNumber + " of \"" + this.title + "\" deleted after its retention period ("
					+ this.retainedUntil + ")";
		}

	}

	/** The whole document was retired: nothing of it is in effect any more. */
	record PolicyRetired(UUID practiceId, UUID documentId, String title, Integer versionNumber, LocalDate lastEffective,
			LocalDate retainUntil) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.retired";
		}

		@Override
		public String summary() {
			return "\"" + this.title + "\" retired" + ((this.versionNumber != null) ? "; version " + this.versionNumber
					+ " last in effect " + this.lastEffective + ", kept until " + this.retainUntil : "");
		}

	}

	/** A person acknowledged the version in effect. */
	record PolicyAcknowledged(UUID practiceId, UUID documentId, String title, int versionNumber, UUID userId,
			String userName, LocalDate acknowledgedOn) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.acknowledged";
		}

		@Override
		public String summary() {
			return this.userName + " acknowledged version " + this.versionNumber + " of \"" + this.title + "\"";
		}

	}

	/** The periodic review of a document was recorded. */
	record PolicyReviewed(UUID practiceId, UUID documentId, String title, LocalDate reviewedOn, boolean changesNeeded,
			LocalDate nextDueOn) implements PolicyEvent {

		@Override
		public String action() {
			return "policy.reviewed";
		}

		@Override
		public String summary() {
			return "\"" + this.title + "\" reviewed on " + this.reviewedOn
					+ (this.changesNeeded ? ", changes needed" : ", no change needed") + "; next review due "
					+ this.nextDueOn;
		}

	}

}
