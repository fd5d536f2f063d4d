package dev.bulwark.identity;

import java.util.UUID;

/**
 * A person's authenticator, recovery codes and passkeys were removed (a lost phone); they
 * enrol again at their next sign-in.
 */
public record SecondFactorReset(UUID practiceId, UUID userId, String person, int sessionsEnded,
		boolean byInstallationAdministrator, String actorLabel) implements IdentityEvent {

	@Override
	public String action() {
		return "user.second-factor-reset";
	}

	@Override
	public String objectType() {
		return "user";
	}

	@Override
	public String objectId() {
		return this.userId == null ? null : this.userId.toString();
	}

	@Override
	public String summary() {
		return this.person + ": authenticator, recovery codes and passkeys removed"
				+ (this.byInstallationAdministrator ? " by the installation administrator" : "") + "; "
				+ this.sessionsEnded + " session(s) ended";
	}

}
