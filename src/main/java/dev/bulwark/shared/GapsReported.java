package dev.bulwark.shared;

import java.util.List;
import java.util.UUID;

/**
 * The one contract by which a module that finds gaps (the inventory, vendors,
 * contingency, vulnerabilities, workforce) tells the risk register about them: "for this
 * practice, these are <em>all</em> the gaps of this source that are open now". The risk
 * register proposes a risk for each gap it has not seen, keyed by
 * {@code source + ":" + gap.key()}, and withdraws proposed risks of this source whose key
 * is no longer reported (unless someone has already worked on them).
 * <p>
 * A snapshot, not a delta, so a missed or repeated event heals itself at the next one.
 * Publish it after every change that can open or close a gap, in the same transaction;
 * the register reacts after commit ({@code @ApplicationModuleListener}).
 *
 * @param practiceId the practice
 * @param source the reporting module, e.g. {@code inventory}; prefixes every source key
 * @param open every gap of this source open now (empty: none)
 */
public record GapsReported(UUID practiceId, String source, List<Gap> open) {

	public GapsReported {
		open = List.copyOf(open);
	}

	/**
	 * One kind of gap, possibly affecting several records ("3 laptops are not
	 * encrypted").
	 *
	 * @param key stable key within the source, e.g. {@code asset.no-mfa}
	 * @param vulnerabilityId the catalog vulnerability it is an instance of, or
	 * {@code null} if none fits
	 * @param citation the Security Rule citation, as in the catalog
	 * @param title a title that is true of the facts, in plain words
	 * @param detail what is affected (names of systems, vendors, people), without PHI
	 * @param link where in Bulwark the gap can be fixed
	 */
	public record Gap(String key, String vulnerabilityId, String citation, String title, String detail, String link) {
	}

}
