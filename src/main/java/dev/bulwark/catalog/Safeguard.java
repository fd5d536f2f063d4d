package dev.bulwark.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The section of the Security Rule a requirement belongs to.
 */
public enum Safeguard {

	/** 45 CFR 164.308. */
	ADMINISTRATIVE("164.308"),

	/** 45 CFR 164.310. */
	PHYSICAL("164.310"),

	/** 45 CFR 164.312. */
	TECHNICAL("164.312"),

	/** 45 CFR 164.314. */
	ORGANIZATIONAL("164.314"),

	/** 45 CFR 164.316. */
	DOCUMENTATION("164.316");

	private final String section;

	Safeguard(String section) {
		this.section = section;
	}

	/** The CFR section, e.g. {@code 164.308}. */
	public String section() {
		return this.section;
	}

	/**
	 * Whether the Appendix A matrix of the rule lists this section (only 164.308, 164.310
	 * and 164.312).
	 */
	public boolean inAppendixA() {
		return this == ADMINISTRATIVE || this == PHYSICAL || this == TECHNICAL;
	}

	static @Nullable Safeguard forCitation(String citation) {
		for (Safeguard safeguard : values()) {
			if (citation.startsWith(safeguard.section + "(")) {
				return safeguard;
			}
		}
		return null;
	}

}
