package dev.bulwark.contingency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person to call in an emergency.
 *
 * @param name who
 * @param responsibility what they do in an emergency, e.g. "IT provider: restores the
 * server"
 * @param phone a number that works when the office is down
 * @param email an address, optional
 */
record ContactForm(
		@NotBlank(message = "Enter the contact's name.") @Size(max = 200,
				message = "Keep the name under 200 characters.") String name,
		@NotBlank(message = "Say what this person does in an emergency.") @Size(max = 200,
				message = "Keep this under 200 characters.") String responsibility,
		@NotBlank(message = "Enter a phone number that works when the office is down.") @Size(max = 100,
				message = "Keep the number under 100 characters.") String phone,
		@Email(message = "Enter an e-mail address such as it@example.com.") @Size(max = 200,
				message = "Keep the address under 200 characters.") String email) {

	static ContactForm blank() {
		return new ContactForm(null, null, null, null);
	}

}
