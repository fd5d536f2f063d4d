package dev.bulwark.audit;

import java.util.List;
import java.util.UUID;

/**
 * Result of recomputing every hash chain and checking it against the checkpoints that
 * anchor it.
 *
 * @param entries how many entries were checked
 * @param checkpoints how many checkpoints were checked
 * @param problems what is wrong, at most one per chain (the first broken point), plus
 * problems of the checkpoints themselves; empty when everything is intact
 */
public record AuditVerification(long entries, long checkpoints, List<Problem> problems) {

	/**
	 * @param chain the practice whose chain is broken ({@link AuditTrail#INSTALLATION}
	 * for installation-wide entries), or {@code null} for the checkpoints themselves
	 * @param seq the first broken entry (or checkpoint) number
	 * @param reason what is wrong, in plain words
	 */
	public record Problem(UUID chain, long seq, String reason) {

		/** "entry 3 of the practice ... chain" or "checkpoint 7". */
		public String where() {
			if (this.chain == null) {
				return "checkpoint " + this.seq;
			}
			String name = AuditTrail.INSTALLATION.equals(this.chain) ? "installation"
					: "practice " + this.chain.toString();
			return "entry " + this.seq + " of the " + name + " chain";
		}

	}

	public AuditVerification {
		problems = List.copyOf(problems);
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

	/** The chain of the first problem, or {@code null}. */
	public UUID brokenPractice() {
		return ok() ? null : this.problems.get(0).chain();
	}

	/** The entry (or checkpoint) number of the first problem. */
	public long brokenSeq() {
		return ok() ? 0 : this.problems.get(0).seq();
	}

	/** What is wrong at the first problem, or {@code null}. */
	public String reason() {
		return ok() ? null : this.problems.get(0).reason();
	}

	/** The problem found for one chain, if any. */
	public java.util.Optional<Problem> problemOf(UUID chain) {
		return this.problems.stream().filter((problem) -> chain.equals(problem.chain())).findFirst();
	}

}
