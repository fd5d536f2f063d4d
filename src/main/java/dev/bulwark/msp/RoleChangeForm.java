package dev.bulwark.msp;

import dev.bulwark.shared.MspRole;

/** Changing an MSP person's role (page form and JSON body). */
record RoleChangeForm(MspRole role) {
}
