package dev.bulwark.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The notice letter to the individuals, as edited by the practice. */
record LetterForm(@NotBlank(message = "The letter cannot be empty.") @Size(max = 20_000,
		message = "Keep the letter under 20,000 characters.") String letter) {
}
