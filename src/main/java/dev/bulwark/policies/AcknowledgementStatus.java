package dev.bulwark.policies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where one person stands with one policy.
 *
 * @param versionNumber the latest version they acknowledged, or {@code null}
 * @param acknowledgedOn when they acknowledged it, or {@code null}
 * @param pending whether they must still acknowledge the version in effect
 * @param again whether they had acknowledged an earlier version before a significant
 * change
 */
record AcknowledgementStatus(UUID documentId, String title, UUID userId, String name, String role,
		Integer versionNumber, LocalDate acknowledgedOn, boolean pending, boolean again) {

}
