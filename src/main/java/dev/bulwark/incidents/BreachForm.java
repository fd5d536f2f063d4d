package dev.bulwark.incidents;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The facts of a breach: discovery, the people affected and their states, a business
 * associate's discovery, a law-enforcement delay, what the HHS portal asks, and the
 * notices sent.
 *
 * @param states residents affected per state, e.g. {@code CA: 10, NV: 2}
 */
record BreachForm(@NotNull(message = "Enter the day the breach was discovered.") LocalDate discoveredOn,
		LocalDate breachBeganOn, LocalDate breachEndedOn,
		@NotNull(message = "Enter how many people are affected (your best estimate).") @Min(value = 1,
				message = "At least one person is affected by a breach.") @Max(value = 100_000_000,
						message = "Enter a number up to 100,000,000.") Integer affected,
		@Min(value = 0, message = "Enter 0 or more.") @Max(value = 100_000_000,
				message = "Enter a number up to 100,000,000.") Integer badContacts,
		@Size(max = 1000, message = "Keep the list under 1,000 characters.") String states,
		LocalDate businessAssociateDiscoveredOn, LocalDate delayOralOn,
		@Size(max = 200, message = "Keep the name under 200 characters.") String delayOfficial,
		LocalDate delayWrittenOn, LocalDate delayWrittenUntil,
		@Size(max = 500, message = "Keep it under 500 characters.") String phiTypes,
		@NotNull(message = "Choose the type of breach.") PortalBreachType breachType,
		@NotNull(message = "Choose where the information was.") PortalLocation location,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String safeguards,
		@Size(max = 4000, message = "Keep it under 4,000 characters.") String actionsTaken,
		LocalDate individualsNotifiedOn, LocalDate hhsNotifiedOn, LocalDate mediaNotifiedOn,
		LocalDate stateLawCheckedOn) {

	BreachForm {
		badContacts = (badContacts != null) ? badContacts : 0;
	}

}
