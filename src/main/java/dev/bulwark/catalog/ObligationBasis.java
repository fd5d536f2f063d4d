package dev.bulwark.catalog;

/**
 * Where the interval of a recurring obligation comes from.
 */
public enum ObligationBasis {

	/** The rule in force sets the interval. */
	RULE,

	/**
	 * The figure of the 2025 proposed rule (90 FR 898); not law, shown in NPRM-ready
	 * mode.
	 */
	PROPOSED,

	/** Good practice: the rule asks for the activity but sets no interval. */
	RECOMMENDED

}
