package dev.bulwark.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.DueItemsReported.Basis;

/**
 * A calendar item as pages, the API, the feed and other modules (the dashboard) see it.
 *
 * @param kind where it comes from
 * @param source the reporting module for items from another area
 * @param dueOn the practice's local due date
 * @param dueAt for an hour clock of the proposed rule: the exact instant; otherwise
 * {@code null}
 * @param basis law in force, proposed rule, or recommendation: always shown
 * @param ownerUserId who must do it; {@code null}: the security officer
 * @param ownerName the owner's name, or "Security officer"
 * @param link where the work is done: the task's own page, or the reporting module's
 * @param repeats how often it repeats, in words ("Once" for a one-off task)
 * @param overdue whether its date (or instant) has passed while it is open
 */
public record TaskSummary(UUID id, TaskKind kind, String source, String title, String description, LocalDate dueOn,
		Instant dueAt, Basis basis, String obligationKey, String citation, UUID ownerUserId, String ownerName,
		String link, String repeats, TaskStatus status, boolean overdue, Instant completedAt, LocalDate completedOn,
		String completedByName, String completionNote) {

	/** The basis in words, as every list shows it. */
	public String basisLabel() {
		return label(this.basis);
	}

	/** Words for a basis: what the date's authority is. */
	public static String label(Basis basis) {
		return switch (basis) {
			case LAW -> "Law in force";
			case PROPOSED -> "Proposed rule (not yet law)";
			case RECOMMENDED -> "Bulwark's recommendation";
		};
	}

	/** The task's own page in the calendar. */
	public String page() {
		return "/tasks/" + this.id;
	}

	public boolean open() {
		return this.status == TaskStatus.OPEN;
	}

}
