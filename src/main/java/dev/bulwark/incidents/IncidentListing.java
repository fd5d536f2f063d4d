package dev.bulwark.incidents;

import java.time.LocalDate;

/**
 * An incident as a report on the practice lists it: when, what kind, where it stands and
 * whether it was a breach. No free text, so no patient can be named in it.
 *
 * @param happenedOn the practice's date it happened or was noticed
 * @param type its type, or "Not yet triaged"
 * @param status where it stands
 * @param conclusion the breach assessment's conclusion, or "Not assessed"
 */
public record IncidentListing(LocalDate happenedOn, String type, String status, String conclusion) {

}
