package dev.bulwark.catalog;

/**
 * The rule's mark on a requirement. Addressable never means optional: the practice must
 * assess it, implement it if reasonable and appropriate, and otherwise document why and
 * use an equivalent alternative where reasonable (45 CFR 164.306(d)(3)).
 */
public enum RequirementLevel {

	REQUIRED, ADDRESSABLE

}
