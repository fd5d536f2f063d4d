package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An account a person holds in a system of the inventory.
 *
 * @param id the account record
 * @param personId whose account it is
 * @param personName that person's name
 * @param systemId the inventory system
 * @param systemName its name
 * @param username the sign-in name in that system
 * @param privilege standard user, elevated or administrator
 * @param mfa whether signing in asks for a second factor
 * @param disabledOn the date the account was disabled, or {@code null} while it works
 */
public record SystemAccount(UUID id, UUID personId, String personName, UUID systemId, String systemName,
		String username, Privilege privilege, boolean mfa, LocalDate disabledOn) {

	public boolean enabled() {
		return this.disabledOn == null;
	}

}
