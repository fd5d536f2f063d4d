package dev.bulwark.inventory;

import java.util.UUID;

/**
 * An asset in use or spare, as other modules see it: enough to link a record (a vendor, a
 * backup, a system account, an incident) to a system of the inventory and to say whether
 * that system holds or reaches ePHI.
 *
 * @param id the asset
 * @param name its name in the inventory
 * @param kind what it is, in words, e.g. "Cloud service"
 * @param ephi whether it stores or accesses ePHI
 */
public record InventorySystem(UUID id, String name, String kind, boolean ephi) {

	/** For drop-downs: "Dentrix (Software)". */
	public String label() {
		return this.name + " (" + this.kind + ")";
	}

}
