package dev.bulwark.workforce;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a person's onboarding checklist, with what Bulwark's records say about it.
 *
 * @param id the step
 * @param personId whose checklist it is
 * @param kind {@code ACCOUNTS_LEAST_PRIVILEGE}, {@code TRAINING_ASSIGNED} or
 * {@code POLICIES_ACKNOWLEDGED}
 * @param title what to do
 * @param state what the records say now (accounts recorded, policies still to
 * acknowledge), or {@code null}
 * @param link where in Bulwark the step is done
 * @param doneAt when it was marked done, or {@code null}
 * @param doneByName who marked it done
 */
record OnboardingStep(UUID id, UUID personId, String kind, String title, String state, String link, Instant doneAt,
		String doneByName) {

	public boolean done() {
		return this.doneAt != null;
	}

}
