package dev.bulwark.inventory;

/** Open while the gap exists; resolved when the inventory shows it closed. */
public enum FindingStatus {

	OPEN, RESOLVED

}
