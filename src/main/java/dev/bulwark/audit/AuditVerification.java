package dev.bulwark.audit;

import java.util.UUID;

/**
 * Result of recomputing every hash chain.
 *
 * @param entries how many entries were checked
 * @param brokenPractice the chain of the first broken entry, or {@code null}
 * @param brokenSeq sequence number of the first broken entry
 * @param reason what is wrong with it
 */
public record AuditVerification(long entries, UUID brokenPractice, long brokenSeq, String reason) {

	public boolean ok() {
		return this.reason == null;
	}

	static AuditVerification ok(long entries) {
		return new AuditVerification(entries, null, 0, null);
	}

	static AuditVerification broken(long entries, UUID practice, long seq, String reason) {
		return new AuditVerification(entries, practice, seq, reason);
	}

}
