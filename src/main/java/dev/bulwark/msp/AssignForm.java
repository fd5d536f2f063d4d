package dev.bulwark.msp;

import java.util.UUID;

/** Assigning one of the MSP's people to a practice, or ending an assignment. */
record AssignForm(UUID userId) {

}
