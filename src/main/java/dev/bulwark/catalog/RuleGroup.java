package dev.bulwark.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The part of the HIPAA rules a citation belongs to: the Security Rule's general rules
 * (164.306), one of its five safeguard families (164.308-164.316), or another HIPAA rule
 * outside the Security Rule, such as the Privacy Rule's safeguards for paper records.
 * <p>
 * Questions and vulnerabilities are grouped by it, and a question that raises a
 * vulnerability of another group must say why in the catalog data.
 */
public enum RuleGroup {

	/** 45 CFR 164.306, the general rules every safeguard is read with. */
	GENERAL_RULES("164.306", "General rules (164.306)", null),

	/** 45 CFR 164.308. */
	ADMINISTRATIVE("164.308", "Administrative safeguards (164.308)", Safeguard.ADMINISTRATIVE),

	/** 45 CFR 164.310. */
	PHYSICAL("164.310", "Physical safeguards (164.310)", Safeguard.PHYSICAL),

	/** 45 CFR 164.312. */
	TECHNICAL("164.312", "Technical safeguards (164.312)", Safeguard.TECHNICAL),

	/** 45 CFR 164.314. */
	ORGANIZATIONAL("164.314", "Organizational requirements (164.314)", Safeguard.ORGANIZATIONAL),

	/** 45 CFR 164.316. */
	DOCUMENTATION("164.316", "Policies, procedures and documentation (164.316)", Safeguard.DOCUMENTATION),

	/**
	 * Any other HIPAA rule, such as the Privacy Rule (45 CFR 164 Subpart E); not part of
	 * the Security Rule.
	 */
	OTHER_HIPAA_RULES(null, "Other HIPAA rules (outside the Security Rule)", null);

	private final @Nullable String section;

	private final String title;

	private final @Nullable Safeguard safeguard;

	RuleGroup(@Nullable String section, String title, @Nullable Safeguard safeguard) {
		this.section = section;
		this.title = title;
		this.safeguard = safeguard;
	}

	/** A heading for the group, naming its CFR section where it has one. */
	public String title() {
		return this.title;
	}

	/** The CFR section, e.g. {@code 164.308}; {@code null} for other HIPAA rules. */
	public @Nullable String section() {
		return this.section;
	}

	/**
	 * The matching safeguard section of the Security Rule, or {@code null} for the
	 * general rules and for other HIPAA rules.
	 */
	public @Nullable Safeguard safeguard() {
		return this.safeguard;
	}

	/** Whether the group is part of the Security Rule (45 CFR 164 Subpart C). */
	public boolean securityRule() {
		return this != OTHER_HIPAA_RULES;
	}

	/**
	 * The group of a citation, from its CFR section alone.
	 * @param citation e.g. {@code 164.312(a)(2)(iv)} or {@code 164.530(c)}
	 * @return the group; {@link #OTHER_HIPAA_RULES} for any section outside
	 * 164.306-164.316
	 */
	public static RuleGroup of(String citation) {
		for (RuleGroup group : values()) {
			if (group.section != null && citation.startsWith(group.section + "(")) {
				return group;
			}
		}
		return OTHER_HIPAA_RULES;
	}

}
