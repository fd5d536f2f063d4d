package dev.bulwark.shared;

import java.util.UUID;

/**
 * An event that must leave a line in the tamper-evident audit trail. Published with
 * Spring's {@code ApplicationEventPublisher} inside the transaction that made the change;
 * the audit module writes the entry synchronously in that same transaction, so a change
 * and its audit entry commit or roll back together.
 * <p>
 * Who acted and from which address are taken from the current request unless the event
 * says otherwise. Summaries must never contain PHI, passwords, codes, tokens or keys.
 */
public interface AuditableEvent {

	/**
	 * The practice whose chain the entry joins; {@code null} for installation-wide
	 * events.
	 */
	UUID practiceId();

	/**
	 * Dotted, past-tense action name, e.g. {@code asset.created} or
	 * {@code signin.failed}.
	 */
	String action();

	/** Kind of object acted on, e.g. {@code asset}; may be {@code null}. */
	String objectType();

	/** Identifier of the object acted on; may be {@code null}. */
	String objectId();

	/** Short human-readable description without sensitive content. */
	String summary();

	/**
	 * Overrides the acting user (e.g. for failed sign-ins); {@code null} means "from the
	 * request".
	 */
	default UUID actorUserId() {
		return null;
	}

	/**
	 * Overrides the acting user's label (e-mail); {@code null} means "from the request".
	 */
	default String actorLabel() {
		return null;
	}

}
