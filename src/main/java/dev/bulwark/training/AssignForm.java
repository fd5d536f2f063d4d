package dev.bulwark.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The security officer assigns training: to one person or to everyone in the workforce
 * who has no open assignment of the module, one module or all of them, due by a date
 * (empty: in {@value Assignment#DAYS_TO_COMPLETE} days, Bulwark's recommendation).
 *
 * @param userId the person, or {@code null} for everyone in the workforce
 * @param moduleKey the module, or {@code null} for every module
 * @param dueOn the due date, or {@code null}
 */
record AssignForm(UUID userId, String moduleKey, LocalDate dueOn) {

}
