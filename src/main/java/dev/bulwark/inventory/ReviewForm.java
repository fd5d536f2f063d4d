package dev.bulwark.inventory;

import jakarta.validation.constraints.Size;

/**
 * Marking the inventory and data-flow map reviewed.
 *
 * @param notes what was checked or corrected, optional
 */
record ReviewForm(@Size(max = 1000, message = "Keep the review notes under 1,000 characters.") String notes) {

	static ReviewForm blank() {
		return new ReviewForm(null);
	}

}
