package dev.bulwark.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A new calendar day has begun in a practice's own time zone. Published once per practice
 * and day across all Bulwark nodes, by the practice module's daily tick, so time-driven
 * state (a review becoming overdue, an agreement expiring, a reminder due) changes here
 * and never while a page is being read.
 *
 * @param practiceId the practice
 * @param date the practice's new local date
 * @param zone the practice's time zone
 */
public record PracticeDayBegan(UUID practiceId, LocalDate date, ZoneId zone) {
}
