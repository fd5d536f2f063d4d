package dev.bulwark.dashboard;

import java.time.LocalDate;

/**
 * The posture at the end of one month (or today, for the current month).
 *
 * @param month the first day of the month, in the practice's calendar
 * @param overall the overall score, or {@code null} before the first rated answer
 */
public record Snapshot(LocalDate month, Integer overall, int overdue, int openRisks) {

}
