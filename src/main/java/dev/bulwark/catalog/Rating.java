package dev.bulwark.catalog;

/**
 * A likelihood or impact rating on the three-level scale used by the HHS SRA Tool and
 * NIST SP 800-30.
 */
public enum Rating {

	LOW, MODERATE, HIGH

}
