package dev.bulwark.policies;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * "I have read this version": the version the person was shown, so that a version
 * published meanwhile is not acknowledged unread.
 *
 * @param versionId the version read
 */
record AcknowledgeForm(@NotNull(message = "Say which version you read.") UUID versionId) {

}
