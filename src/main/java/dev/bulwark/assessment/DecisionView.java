package dev.bulwark.assessment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The documented decision on one addressable implementation specification (45 CFR
 * 164.306(d)(3)), or an empty one if not yet made.
 *
 * @param citation the specification, e.g. {@code 164.312(a)(2)(iv)}
 * @param title its title, e.g. {@code Encryption and decryption}
 * @param summary what it asks, in plain words
 * @param questionKeys the questions whose answers bear on it
 * @param carriedOver whether the decision was copied from last year's assessment
 */
record DecisionView(String citation, String title, String summary, List<String> questionKeys,
		@Nullable DecisionOutcome outcome, @Nullable String alternative, @Nullable String reason,
		boolean alternativeImplemented, @Nullable Instant decidedAt, @Nullable String decidedByName,
		boolean carriedOver) {

}
