package dev.bulwark.shared;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.bulwark.shared.Role.AUDITOR;
import static dev.bulwark.shared.Role.MSP_TECHNICIAN;
import static dev.bulwark.shared.Role.SECURITY_OFFICER;
import static dev.bulwark.shared.Role.STAFF;

/**
 * The one permission table: what each {@link Role} may do inside a practice, and (the
 * last entries) what each {@link MspRole} may do above the practices. Endpoint
 * annotations ({@link Permitted}), the navigation, dashboard cards and checks inside
 * services all ask this table, so a change here changes every one of them.
 * <p>
 * A permission is either {@link Access#READ} or {@link Access#WRITE}; an architecture
 * rule forbids a mutating endpoint (POST, PUT, PATCH, DELETE) from carrying a read
 * permission. Keep the list grouped by module and add a module's permissions with the
 * module.
 */
public enum Permission {

	// The whole practice

	/** Be a member of the practice at all: dashboard, own profile, own tasks. */
	PRACTICE_MEMBER(Access.READ, SECURITY_OFFICER, STAFF, AUDITOR, MSP_TECHNICIAN),

	/** Change the practice's settings (name, time zone, automatic logoff, modes). */
	PRACTICE_SETTINGS(Access.WRITE, SECURITY_OFFICER),

	/** Invite people, change roles, deactivate accounts, reset second factors. */
	USERS_MANAGE(Access.WRITE, SECURITY_OFFICER),

	/** Read the audit trail and export it. */
	AUDIT_READ(Access.READ, SECURITY_OFFICER, AUDITOR),

	/** Read the regulatory catalog. */
	CATALOG_READ(Access.READ, SECURITY_OFFICER, STAFF, AUDITOR, MSP_TECHNICIAN),

	// Risk assessment

	/** See the assessment, its report, the risk register and the treatment plan. */
	ASSESSMENT_READ(Access.READ, SECURITY_OFFICER, AUDITOR, MSP_TECHNICIAN),

	/** Answer questions, rate risks, plan treatment. */
	ASSESSMENT_EDIT(Access.WRITE, SECURITY_OFFICER, MSP_TECHNICIAN),

	/**
	 * See and answer the questions assigned to oneself (staff see nothing else of the
	 * assessment; the service narrows it).
	 */
	ASSESSMENT_ANSWER_ASSIGNED(Access.WRITE, SECURITY_OFFICER, STAFF, MSP_TECHNICIAN),

	/** Decide addressable specifications, assign questions, reopen, sign off. */
	ASSESSMENT_SIGN_OFF(Access.WRITE, SECURITY_OFFICER),

	/** Accept a risk (with a justification). */
	RISK_ACCEPT(Access.WRITE, SECURITY_OFFICER),

	// Inventory

	INVENTORY_READ(Access.READ, SECURITY_OFFICER, AUDITOR, MSP_TECHNICIAN),

	INVENTORY_EDIT(Access.WRITE, SECURITY_OFFICER, MSP_TECHNICIAN),

	// Workforce, training and policies

	WORKFORCE_READ(Access.READ, SECURITY_OFFICER, AUDITOR),

	WORKFORCE_EDIT(Access.WRITE, SECURITY_OFFICER),

	/** System accounts per person: technicians maintain them. */
	ACCOUNTS_EDIT(Access.WRITE, SECURITY_OFFICER, MSP_TECHNICIAN),

	/**
	 * Sign off a periodic access review: only the security officer (technicians may
	 * prepare it with {@link #ACCOUNTS_EDIT}).
	 */
	ACCESS_REVIEW_SIGN_OFF(Access.WRITE, SECURITY_OFFICER),

	/**
	 * See sanction records (164.308(a)(1)(ii)(C)): restricted to the security officer,
	 * who administers the practice.
	 */
	SANCTIONS_READ(Access.READ, SECURITY_OFFICER),

	/** Record a sanction. */
	SANCTIONS_EDIT(Access.WRITE, SECURITY_OFFICER),

	/** Take assigned training and see one's own records. */
	TRAINING_TAKE(Access.WRITE, SECURITY_OFFICER, STAFF, AUDITOR, MSP_TECHNICIAN),

	TRAINING_MANAGE(Access.WRITE, SECURITY_OFFICER),

	POLICIES_READ(Access.READ, SECURITY_OFFICER, STAFF, AUDITOR, MSP_TECHNICIAN),

	POLICIES_EDIT(Access.WRITE, SECURITY_OFFICER),

	/** Approve and publish a policy version. */
	POLICIES_APPROVE(Access.WRITE, SECURITY_OFFICER),

	/** Acknowledge the current version of a policy. */
	POLICIES_ACKNOWLEDGE(Access.WRITE, SECURITY_OFFICER, STAFF, MSP_TECHNICIAN),

	// Vendors, contingency, evidence

	VENDORS_READ(Access.READ, SECURITY_OFFICER, AUDITOR, MSP_TECHNICIAN),

	VENDORS_EDIT(Access.WRITE, SECURITY_OFFICER),

	CONTINGENCY_READ(Access.READ, SECURITY_OFFICER, AUDITOR, MSP_TECHNICIAN),

	CONTINGENCY_EDIT(Access.WRITE, SECURITY_OFFICER, MSP_TECHNICIAN),

	EVIDENCE_READ(Access.READ, SECURITY_OFFICER, AUDITOR, MSP_TECHNICIAN),

	EVIDENCE_EDIT(Access.WRITE, SECURITY_OFFICER, MSP_TECHNICIAN),

	/** Delete evidence whose six-year retention date has passed. */
	EVIDENCE_DELETE(Access.WRITE, SECURITY_OFFICER),

	// Incidents

	/** Report an incident and follow one's own reports. */
	INCIDENT_REPORT(Access.WRITE, SECURITY_OFFICER, STAFF, MSP_TECHNICIAN),

	/** Read every incident (they may hold PHI: every read is audited). */
	INCIDENTS_READ(Access.READ, SECURITY_OFFICER, AUDITOR),

	INCIDENTS_MANAGE(Access.WRITE, SECURITY_OFFICER),

	// Calendar, dashboard, binder

	CALENDAR_READ(Access.READ, SECURITY_OFFICER, AUDITOR, MSP_TECHNICIAN),

	CALENDAR_EDIT(Access.WRITE, SECURITY_OFFICER, MSP_TECHNICIAN),

	/** Complete a task assigned to oneself. */
	TASKS_COMPLETE_OWN(Access.WRITE, SECURITY_OFFICER, STAFF, MSP_TECHNICIAN),

	BINDER_EXPORT(Access.WRITE, SECURITY_OFFICER, AUDITOR),

	// Above the practices: the MSP running the installation (docs/adr/0023-msp-mode.md).
	// Granted by MspRole, never by a practice role; each practice is still reached only
	// through an assignment (membership) there.

	/** See the portfolio of the practices one serves, and the templates. */
	MSP_PORTFOLIO(Access.READ, MspRole.ADMINISTRATOR, MspRole.TECHNICIAN),

	/** Keep templates and apply them to a practice one serves. */
	MSP_TEMPLATES(Access.WRITE, MspRole.ADMINISTRATOR, MspRole.TECHNICIAN),

	/**
	 * Create and archive practices, assign MSP people to the practices one serves, invite
	 * technicians and grant the MSP administrator role.
	 */
	MSP_ADMINISTER(Access.WRITE, MspRole.ADMINISTRATOR);

	/** Whether a permission only reads or may change records. */
	public enum Access {

		READ, WRITE

	}

	private final Access access;

	private final Set<Role> roles;

	private final Set<MspRole> mspRoles;

	Permission(Access access, Role... roles) {
		this.access = access;
		this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
		this.mspRoles = EnumSet.noneOf(MspRole.class);
	}

	Permission(Access access, MspRole... mspRoles) {
		this.access = access;
		this.roles = EnumSet.noneOf(Role.class);
		this.mspRoles = EnumSet.copyOf(List.of(mspRoles));
	}

	public Access access() {
		return this.access;
	}

	/** The roles holding this permission. */
	public Set<Role> roles() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles);
	}

	public boolean grantedTo(Role role) {
		return role != null && this.roles.contains(role);
	}

	/** Whether an MSP role (above the practices) holds this permission. */
	public boolean grantedTo(MspRole mspRole) {
		return mspRole != null && this.mspRoles.contains(mspRole);
	}

	/**
	 * Whether this permission belongs to the installation (granted by {@link MspRole})
	 * rather than to a role inside a practice.
	 */
	public boolean installationWide() {
		return !this.mspRoles.isEmpty();
	}

	/** The MSP roles holding this permission (empty for a practice permission). */
	public Set<MspRole> mspRoles() {
		return this.mspRoles.isEmpty() ? EnumSet.noneOf(MspRole.class) : EnumSet.copyOf(this.mspRoles);
	}

	/**
	 * Spring Security authority for this permission, e.g. {@code PERM_INVENTORY_EDIT}.
	 */
	public String authority() {
		return AUTHORITY_PREFIX + name();
	}

	/** Prefix of permission authorities; see {@link Permitted}. */
	public static final String AUTHORITY_PREFIX = "PERM_";

	/** Every permission an MSP role holds above the practices. */
	public static Set<Permission> of(MspRole mspRole) {
		Set<Permission> granted = EnumSet.noneOf(Permission.class);
		for (Permission permission : values()) {
			if (permission.grantedTo(mspRole)) {
				granted.add(permission);
			}
		}
		return granted;
	}

	/** Every permission a role holds. */
	public static Set<Permission> of(Role role) {
		Set<Permission> granted = EnumSet.noneOf(Permission.class);
		for (Permission permission : values()) {
			if (permission.grantedTo(role)) {
				granted.add(permission);
			}
		}
		return granted;
	}

}
