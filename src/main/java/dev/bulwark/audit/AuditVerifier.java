package dev.bulwark.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Recomputes the audit trail's chains and the checkpoints that anchor them. What it
 * proves and what it cannot is written down in docs/user/audit-trail.md and
 * docs/adr/0002-audit-chain.md.
 * <ol>
 * <li>The checkpoint chain: numbers without gaps, each checkpoint's previous-hash equal
 * to its predecessor's hash, each stored hash equal to the recomputed one, and the head
 * pointing at the last checkpoint.</li>
 * <li>Every chain that has entries, a head, or was ever anchored: sequence numbers
 * without gaps from 1, each previous-hash equal to the entry before's hash, each hash
 * recomputed, the head pointing at the last entry, and every head a checkpoint recorded
 * still present with the same hash. A chain that a checkpoint anchored and that has no
 * entries any more has vanished; one that ends before an anchored entry was cut
 * short.</li>
 * <li>Optionally, an exported checkpoint kept outside the database: that checkpoint still
 * exists with the same hash, and every chain head it lists is still present.</li>
 * </ol>
 */
final class AuditVerifier {

	private final AuditRepository repository;

	private final List<AuditVerification.Problem> problems = new ArrayList<>();

	private long entries;

	private long checkpoints;

	AuditVerifier(AuditRepository repository) {
		this.repository = repository;
	}

	AuditVerification verify(Optional<CheckpointExport> exported) {
		verifyCheckpoints();
		Map<UUID, AuditRepository.ChainHead> heads = new HashMap<>();
		for (AuditRepository.ChainHead head : this.repository.heads()) {
			heads.put(head.practiceId(), head);
		}
		Set<UUID> chains = new TreeSet<>(heads.keySet());
		chains.addAll(this.repository.practicesWithEntries());
		chains.addAll(this.repository.anchoredPractices());
		for (UUID practiceId : chains) {
			verifyChain(practiceId, heads.get(practiceId));
		}
		if (this.checkpoints == 0 && this.entries > 0) {
			this.problems.add(new AuditVerification.Problem(null, 1,
					"no checkpoint anchors the audit chains (the checkpoints were removed, or the server has not "
							+ "started since the upgrade: start it once, or run `audit checkpoint export`)"));
		}
		exported.ifPresent(this::verifyAgainst);
		return new AuditVerification(this.entries, this.checkpoints, this.problems);
	}

	private void verifyCheckpoints() {
		long expected = 1;
		String previous = AuditHash.GENESIS;
		try (Stream<AuditCheckpoint> checkpoints = this.repository.checkpoints()) {
			Iterator<AuditCheckpoint> iterator = checkpoints.iterator();
			while (iterator.hasNext()) {
				AuditCheckpoint checkpoint = iterator.next();
				this.checkpoints++;
				if (checkpoint.seq() != expected) {
					problem(null, expected,
							"checkpoint " + expected + " is missing (found " + checkpoint.seq() + " next)");
					return;
				}
				if (!checkpoint.prevHash().equals(previous)) {
					problem(null, checkpoint.seq(), "its previous-hash does not match the checkpoint before it");
					return;
				}
				if (!AuditHash.of(checkpoint).equals(checkpoint.hash())) {
					problem(null, checkpoint.seq(),
							"its content does not match its hash (changed after it was written)");
					return;
				}
				previous = checkpoint.hash();
				expected++;
			}
		}
		long last = expected - 1;
		AuditRepository.ChainHead head = this.repository.checkpointHead().orElse(null);
		if (head == null || head.lastSeq() != last || !head.lastHash().equals(previous)) {
			problem(null, last + 1, "the checkpoints end at " + last + " but their head records "
					+ (head == null ? "none" : String.valueOf(head.lastSeq())) + " (checkpoints removed?)");
		}
	}

	private void verifyChain(UUID practiceId, AuditRepository.ChainHead head) {
		List<AuditRepository.Anchor> anchors = this.repository.anchorsOf(practiceId);
		int nextAnchor = 0;
		long expectedSeq = 1;
		String previousHash = AuditHash.GENESIS;
		try (Stream<AuditEntry> chain = this.repository.chain(practiceId)) {
			Iterator<AuditEntry> iterator = chain.iterator();
			while (iterator.hasNext()) {
				AuditEntry entry = iterator.next();
				this.entries++;
				if (entry.seq() != expectedSeq) {
					problem(practiceId, expectedSeq,
							"entry " + expectedSeq + " is missing (found " + entry.seq() + " next)");
					return;
				}
				if (!entry.prevHash().equals(previousHash)) {
					problem(practiceId, entry.seq(), "its previous-hash does not match the entry before it");
					return;
				}
				if (!AuditHash.of(entry).equals(entry.hash())) {
					problem(practiceId, entry.seq(),
							"its content does not match its hash (changed after it was written)");
					return;
				}
				while (nextAnchor < anchors.size() && anchors.get(nextAnchor).lastSeq() == entry.seq()) {
					AuditRepository.Anchor anchor = anchors.get(nextAnchor++);
					if (!anchor.lastHash().equals(entry.hash())) {
						problem(practiceId, entry.seq(), "it differs from the entry checkpoint "
								+ anchor.checkpointSeq() + " anchored (the chain was rewritten from here on)");
						return;
					}
				}
				previousHash = entry.hash();
				expectedSeq++;
			}
		}
		long last = expectedSeq - 1;
		if (nextAnchor < anchors.size()) {
			AuditRepository.Anchor anchor = anchors.get(anchors.size() - 1);
			if (last == 0) {
				problem(practiceId, 1, "the chain has vanished: checkpoint " + anchor.checkpointSeq()
						+ " anchored it at entry " + anchor.lastSeq() + ", but it has no entries now");
			}
			else {
				problem(practiceId, last + 1, "the chain was cut short: checkpoint " + anchor.checkpointSeq()
						+ " anchored it at entry " + anchor.lastSeq() + ", but it ends at entry " + last);
			}
			return;
		}
		if (head == null || head.lastSeq() != last || !head.lastHash().equals(previousHash)) {
			problem(practiceId, last + 1, "the chain ends at entry " + last + " but its head records "
					+ (head == null ? "no entries" : "entry " + head.lastSeq()) + " (entries removed from the end?)");
		}
	}

	private void verifyAgainst(CheckpointExport exported) {
		Optional<AuditCheckpoint> stored = this.repository.checkpoint(exported.seq());
		if (stored.isEmpty() || !stored.get().hash().equals(exported.hash())) {
			problem(null, exported.seq(), "the exported checkpoint " + exported.seq()
					+ (stored.isEmpty() ? " is no longer in the database" : " differs from the one in the database")
					+ " (the checkpoints were rewritten)");
		}
		for (AuditCheckpoint.Chain chain : exported.chains()) {
			Optional<String> hash = this.repository.entryHash(chain.practiceId(), chain.lastSeq());
			if (hash.isEmpty() || !hash.get().equals(chain.lastHash())) {
				boolean known = this.problems.stream().anyMatch((p) -> chain.practiceId().equals(p.chain()));
				if (!known) {
					problem(chain.practiceId(), chain.lastSeq(),
							hash.isEmpty() ? "the exported checkpoint lists this entry, but it is gone"
									: "it differs from the entry in the exported checkpoint");
				}
			}
		}
	}

	private void problem(UUID chain, long seq, String reason) {
		this.problems.add(new AuditVerification.Problem(chain, seq, reason));
	}

}
