package dev.bulwark.shared;

import java.util.Set;

/**
 * What a person may do inside one practice. A person can hold a different role in each
 * practice they belong to (typical for MSP staff). What each role may do is listed once,
 * in {@link Permission}.
 */
public enum Role {

	/**
	 * The designated security official (164.308(a)(2)); administers the practice in
	 * Bulwark.
	 */
	SECURITY_OFFICER("Security officer", "Runs the compliance program and manages accounts."),

	/**
	 * Works in the practice: takes training, answers assigned questions, reports
	 * incidents.
	 */
	STAFF("Staff member", "Answers assigned questions, takes training and reports incidents."),

	/** Reviews evidence and reports; can never change anything. */
	AUDITOR("Auditor (read-only)", "Sees records and reports but cannot change anything."),

	/**
	 * IT provider looking after the practice: maintains inventory, scans and technical
	 * records.
	 */
	MSP_TECHNICIAN("IT technician (MSP)", "Maintains inventory, scans and technical records.");

	private final String label;

	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	/** Spring Security authority name, e.g. {@code ROLE_STAFF}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether the role holds the permission (see the table in {@link Permission}). */
	public boolean can(Permission permission) {
		return permission.grantedTo(this);
	}

	public Set<Permission> permissions() {
		return Permission.of(this);
	}

}
