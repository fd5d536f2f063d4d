package dev.bulwark.identity;

import java.util.UUID;

import dev.bulwark.shared.MspRole;

/**
 * One of the MSP's people, as the MSP's pages show them.
 *
 * @param practices how many practices they serve (active assignments)
 */
public record MspPerson(UUID userId, String displayName, String email, MspRole mspRole, boolean active, int practices) {

}
