package dev.bulwark.inventory;

import java.util.UUID;

/**
 * A recorded movement of ePHI.
 *
 * @param from where it starts
 * @param to where it ends
 * @param ephiDescription what ePHI travels
 * @param channel how
 * @param encrypted whether it is encrypted in transit
 */
record DataFlowDetails(UUID id, Endpoint from, Endpoint to, String ephiDescription, FlowChannel channel,
		Answer encrypted, String notes) {

	/**
	 * One end of a flow: an asset (with its current name) or an outside party.
	 *
	 * @param type asset or kind of outside party
	 * @param assetId the asset, when {@code type} is {@code ASSET}
	 * @param name the asset's or party's name
	 */
	public record Endpoint(PartyType type, UUID assetId, String name) {

		/**
		 * Name with the kind of party, e.g. "Acme Labs (vendor or business associate)".
		 */
		public String label() {
			if (this.type == PartyType.ASSET) {
				return this.name;
			}
			String name = (this.name != null) ? this.name : this.type.label();
			return name + " (" + this.type.label().toLowerCase(java.util.Locale.ROOT) + ")";
		}

		/** Key that identifies the node in the diagram. */
		String nodeKey() {
			return (this.type == PartyType.ASSET) ? "asset:" + this.assetId
					: this.type.name() + ":" + String.valueOf(this.name).toLowerCase(java.util.Locale.ROOT);
		}

	}

}
