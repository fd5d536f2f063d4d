package dev.bulwark.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One checkpoint of the installation-level anchor: the chain heads that appeared or
 * advanced since the checkpoint before it, chained to that checkpoint by its hash.
 *
 * @param seq the checkpoint's number, from 1 without gaps
 * @param createdAt when it was written (milliseconds)
 * @param prevHash the previous checkpoint's hash (zeros for the first)
 * @param hash SHA-256 over all of the above and the chains (see {@link AuditHash})
 * @param chains the heads recorded
 */
record AuditCheckpoint(long seq, Instant createdAt, String prevHash, String hash, List<Chain> chains) {

	/**
	 * A chain's head as a checkpoint recorded it: entry {@code lastSeq} had this hash.
	 */
	record Chain(UUID practiceId, long lastSeq, String lastHash) {

	}

	AuditCheckpoint withHash() {
		return new AuditCheckpoint(this.seq, this.createdAt, this.prevHash, AuditHash.of(this), this.chains);
	}

}
