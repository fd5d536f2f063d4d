package dev.bulwark.contingency;

import jakarta.validation.constraints.Size;

/**
 * Generating the plan again.
 *
 * @param changeNote what changed since the last version, in a few words (optional)
 */
record PlanForm(@Size(max = 500, message = "Keep the note under 500 characters.") String changeNote) {

}
