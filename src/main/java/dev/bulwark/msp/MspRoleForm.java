package dev.bulwark.msp;

import dev.bulwark.shared.MspRole;

/**
 * Granting an MSP role to an existing account (page form and JSON body); the facade
 * checks both fields and words the messages.
 */
record MspRoleForm(String email, MspRole role) {
}
