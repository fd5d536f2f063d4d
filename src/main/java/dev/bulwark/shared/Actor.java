package dev.bulwark.shared;

import java.time.ZoneId;
import java.util.UUID;

/**
 * The person behind the current request, resolved fresh on every request from the
 * database so that a role change or deactivation takes effect immediately.
 *
 * @param userId the account
 * @param email the account's e-mail address (its sign-in name)
 * @param displayName the person's name
 * @param practiceId the practice the person is working in, or {@code null} if they have
 * none
 * @param practiceName that practice's name, or {@code null}
 * @param role the person's role in that practice, or {@code null}
 * @param viaApiToken whether the request was authenticated with a personal API token
 * @param zone the practice's time zone: dates shown and deadlines computed are the
 * practice's local dates (UTC when there is no practice)
 * @param mspRole the person's role above the practices (the MSP running the
 * installation), or {@code null}; it grants only the installation-wide permissions, never
 * access to a practice's records
 */
public record Actor(UUID userId, String email, String displayName, UUID practiceId, String practiceName, Role role,
		boolean viaApiToken, ZoneId zone, MspRole mspRole) implements java.io.Serializable {

	public Actor {
		zone = (zone != null) ? zone : TimeZones.UTC;
	}

	/** A person without a role above the practices. */
	public Actor(UUID userId, String email, String displayName, UUID practiceId, String practiceName, Role role,
			boolean viaApiToken, ZoneId zone) {
		this(userId, email, displayName, practiceId, practiceName, role, viaApiToken, zone, null);
	}

	/** The same person with a role above the practices. */
	public Actor withMspRole(MspRole role) {
		return new Actor(this.userId, this.email, this.displayName, this.practiceId, this.practiceName, this.role,
				this.viaApiToken, this.zone, role);
	}

	/**
	 * How the person appears in the audit trail, e.g.
	 * {@code Pat Lee <pat@clinic.example>}; for events recorded away from the request
	 * (background work).
	 */
	public String auditLabel() {
		return label(this.displayName, this.email);
	}

	/** The audit trail's label for a name and an e-mail address. */
	public static String label(String displayName, String email) {
		if (displayName == null || displayName.isBlank()) {
			return email;
		}
		return displayName.strip() + " <" + email + ">";
	}

	public boolean hasPractice() {
		return this.practiceId != null && this.role != null;
	}

	public boolean is(Role candidate) {
		return this.role == candidate;
	}

	/**
	 * Whether the person's role in the current practice (or, for an installation-wide
	 * permission, their MSP role) holds the permission.
	 */
	public boolean can(Permission permission) {
		if (permission.installationWide()) {
			return permission.grantedTo(this.mspRole);
		}
		return hasPractice() && this.role.can(permission);
	}

	/** For templates: {@code ${actor.can('INVENTORY_EDIT')}}. */
	public boolean can(String permission) {
		return can(Permission.valueOf(permission));
	}

	/**
	 * Fails with 403 semantics unless the person holds the permission; for checks inside
	 * services that go beyond the endpoint's own.
	 */
	public void require(Permission permission) {
		if (!can(permission)) {
			throw new org.springframework.security.access.AccessDeniedException("Not permitted: " + permission);
		}
	}

}
