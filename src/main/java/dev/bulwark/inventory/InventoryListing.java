package dev.bulwark.inventory;

import java.util.List;

/**
 * The whole inventory in words, for a report that must print it: every asset in use or
 * spare and every data flow. Values are labels ("Stores ePHI", "Yes", "Not known"), so
 * readers need none of the inventory's types.
 */
public record InventoryListing(List<AssetLine> assets, List<FlowLine> flows) {

	/**
	 * One asset.
	 *
	 * @param owner the person or role it is assigned to, if recorded
	 */
	public record AssetLine(String name, String kind, String ephi, String location, String encryption, String mfa,
			String backedUp, String owner) {

	}

	/** One data flow between two ends, with what travels and how. */
	public record FlowLine(String from, String to, String what, String channel, String encrypted) {

	}

}
