package dev.bulwark.catalog;

/**
 * Whether a requirement is a standard or one of the implementation specifications that
 * say how a standard is met.
 */
public enum RequirementKind {

	STANDARD, IMPLEMENTATION_SPECIFICATION

}
