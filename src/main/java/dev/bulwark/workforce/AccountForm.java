package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An account a person holds in a system of the inventory, as typed or sent as JSON.
 *
 * @param systemId the inventory system (in use or spare)
 * @param username the sign-in name there
 * @param privilege standard user, elevated or administrator
 * @param mfa whether signing in asks for a second factor; {@code null} is "no"
 * @param disabledOn when the account was disabled, or {@code null} while it works
 */
record AccountForm(@NotNull(message = "Choose the system.") UUID systemId,
		@NotBlank(message = "Enter the user name of the account.") @Size(max = 200,
				message = "Keep the user name under 200 characters.") String username,
		@NotNull(message = "Choose what the account may do.") Privilege privilege, Boolean mfa, LocalDate disabledOn) {

	AccountForm {
		mfa = Boolean.TRUE.equals(mfa);
	}

	static AccountForm blank() {
		return new AccountForm(null, null, null, false, null);
	}

	static AccountForm of(SystemAccount account) {
		return new AccountForm(account.systemId(), account.username(), account.privilege(), account.mfa(),
				account.disabledOn());
	}

}
