package dev.bulwark.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The one contract by which a module tells the compliance calendar what comes due: "for
 * this practice, these are <em>all</em> the open due items of this source now" (a BAA
 * renewal, a restore test, a policy review, an offboarding step, a breach notice). The
 * calendar keeps them, shows them with their basis, reminds owners and escalates overdue
 * ones; doing the work happens in the source module, which then reports its next snapshot
 * (the completed item gone, the next occurrence added).
 * <p>
 * Like {@link GapsReported} it is a snapshot, not a delta: publish it after every change
 * that can add, move or complete an item, in the same transaction, and on the daily tick
 * when items are time-driven. The calendar listens after commit.
 *
 * @param practiceId the practice
 * @param source the reporting module, e.g. {@code vendors}; prefixes every item key
 * @param items every open due item of this source (empty: none)
 */
public record DueItemsReported(UUID practiceId, String source, List<DueItem> items) {

	public DueItemsReported {
		items = List.copyOf(items);
	}

	/**
	 * One thing that comes due.
	 *
	 * @param key stable key within the source, e.g. {@code baa-renewal:<vendor id>}
	 * @param title what is due, in plain words
	 * @param dueOn the practice's local date it is due
	 * @param dueAt for the proposed rule's hour clocks (1 h, 24 h, 72 h): the exact
	 * instant, elapsed hours from the triggering moment; {@code null} for day deadlines
	 * @param basis whether the date is law in force, a proposed-rule figure or a
	 * recommendation (every calendar item shows which)
	 * @param obligationKey the catalog obligation it fulfils (e.g.
	 * {@code OBL-RESTORE-TEST}), or {@code null}
	 * @param ownerUserId who must do it, or {@code null} for the security officer
	 * @param link where in Bulwark it is done
	 * @param citation the rule it serves, or {@code null} for pure good practice
	 */
	public record DueItem(String key, String title, LocalDate dueOn, Instant dueAt, Basis basis, String obligationKey,
			UUID ownerUserId, String link, String citation) {
	}

	/** Where a date comes from. */
	public enum Basis {

		/** The rule in force sets the date (breach notices, 6-year retention). */
		LAW,

		/**
		 * A figure of the 2025 proposed rule (90 FR 898): shown only in NPRM-ready mode
		 * and always labelled as proposed.
		 */
		PROPOSED,

		/** Good practice or the practice's own choice: the rule sets no interval. */
		RECOMMENDED

	}

}
