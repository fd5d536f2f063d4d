package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A remediation task of a risk.
 *
 * @param ownerId who does it; the risk's owner if empty
 * @param dueDate when; the risk's due date if empty
 * @param done whether it is done
 */
record TaskForm(
		@NotBlank(message = "Say what needs doing.") @Size(max = 500,
				message = "Keep the task under 500 characters.") @Nullable String title,
		@Nullable UUID ownerId, @Nullable LocalDate dueDate, Boolean done) {

	public TaskForm {
		// An unticked checkbox sends nothing.
		done = Boolean.TRUE.equals(done);
	}

}
