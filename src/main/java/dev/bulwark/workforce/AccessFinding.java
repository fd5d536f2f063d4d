package dev.bulwark.workforce;

import java.util.List;
import java.util.UUID;

/**
 * One access finding about one subject (see {@code AccessFindings} for the kinds).
 *
 * @param kind one of the kinds above
 * @param citation the rule it breaks
 * @param subject what it is about, in words (no PHI: people and systems)
 * @param personIds the people concerned (several for a shared login)
 * @param key stable key of the subject, e.g. {@code account:<id>}
 */
public record AccessFinding(String kind, String citation, String subject, List<UUID> personIds, String key) {

	public AccessFinding {
		personIds = List.copyOf(personIds);
	}

	public boolean concerns(UUID personId) {
		return this.personIds.contains(personId);
	}

	/** What kind of finding it is, in words. */
	public String title() {
		return switch (this.kind) {
			case AccessFindings.SHARED_LOGIN -> "Shared login";
			case AccessFindings.NO_MFA -> "No multi-factor sign-in on a system with patient information";
			case AccessFindings.LEAVER_ACTIVE -> "Account of someone who has left is still enabled";
			default -> "Uses a system with patient information without an account of their own";
		};
	}

	/** What to do about it. */
	public String advice() {
		return switch (this.kind) {
			case AccessFindings.SHARED_LOGIN -> "Give each person their own user name and disable the shared one.";
			case AccessFindings.NO_MFA -> "Turn on multi-factor sign-in for this account, or record it if it is on.";
			case AccessFindings.LEAVER_ACTIVE -> "Disable the account now and record the date.";
			default -> "Create an account for this person and record it.";
		};
	}

}
