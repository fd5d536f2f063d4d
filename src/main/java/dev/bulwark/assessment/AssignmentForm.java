package dev.bulwark.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Assigning questions to a member: one question, or every question of a section.
 *
 * @param questionKey the question, or empty to assign a whole section
 * @param section the section, when assigning a whole section
 * @param assigneeId the member, or empty to remove the assignment
 */
record AssignmentForm(@Nullable String questionKey, @Nullable String section, @Nullable UUID assigneeId) {

}
