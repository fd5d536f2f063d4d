package dev.bulwark.msp;

import java.util.UUID;

/** Applying a template to a practice one serves. */
record ApplyForm(UUID templateId) {

}
