package dev.bulwark.identity;

import java.util.UUID;

/**
 * A person set up their authenticator app (or was issued one on the command line) and
 * received recovery codes.
 */
public record AuthenticatorEnrolled(UUID practiceId, UUID userId, String person, int recoveryCodes,
		boolean onCommandLine) implements IdentityEvent {

	@Override
	public String action() {
		return "mfa.totp-enrolled";
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
		return (this.onCommandLine ? "Authenticator secret issued on the command line; " : "Authenticator app set up; ")
				+ this.recoveryCodes + " recovery codes issued";
	}

	@Override
	public UUID actorUserId() {
		return this.userId;
	}

	@Override
	public String actorLabel() {
		return this.person;
	}

}
