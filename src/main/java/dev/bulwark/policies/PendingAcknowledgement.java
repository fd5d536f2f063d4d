package dev.bulwark.policies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A policy a person has still to acknowledge: its current version, which they have not
 * acknowledged (or acknowledged only before a significant change).
 *
 * @param documentId the policy
 * @param title its title
 * @param versionNumber the version to acknowledge
 * @param effectiveFrom the day that version took effect
 * @param dueOn the day Bulwark asks for the acknowledgement by (a recommendation, not a
 * rule: {@value Policies#ACKNOWLEDGE_WITHIN_DAYS} days after the version took effect)
 * @param again whether the person had acknowledged an earlier version before a
 * significant change
 * @param link where to read and acknowledge it
 */
public record PendingAcknowledgement(UUID documentId, String title, int versionNumber, LocalDate effectiveFrom,
		LocalDate dueOn, boolean again, String link) {

}
