package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * "Confirm the suggested ratings and treatments" for every proposed risk at once: one
 * owner and one due date for all of them; each can be refined afterwards.
 *
 * @param ownerId who sees the risks through
 * @param dueDate by when they should be treated
 */
record ConfirmProposedForm(@NotNull(message = "Choose who sees these risks through.") @Nullable UUID ownerId,
		@NotNull(message = "Choose a due date.") @Nullable LocalDate dueDate) {

}
