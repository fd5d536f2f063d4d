package dev.bulwark.workforce;

import java.util.List;
import java.util.UUID;

/**
 * The systems a person uses in their work, whether or not they have an account of their
 * own there.
 *
 * @param systemIds inventory systems; {@code null} is none
 */
record SystemUseForm(List<UUID> systemIds) {

	SystemUseForm {
		systemIds = (systemIds != null) ? List.copyOf(systemIds) : List.of();
	}

}
