package dev.bulwark.inventory;

import java.util.List;

/**
 * A standard asset list and its data flows, as an MSP keeps it to start a new practice
 * (docs/adr/0023-msp-mode.md): what describes the kind of system, never what identifies
 * one machine (serial numbers, addresses, purchase and patch dates, owners) and never a
 * practice's own ids. Values of the inventory's choices are their constant names; a value
 * this version does not know is read as "not known".
 */
public record InventoryTemplate(List<TemplateAsset> assets, List<TemplateFlow> flows) {

	public InventoryTemplate {
		assets = (assets != null) ? List.copyOf(assets) : List.of();
		flows = (flows != null) ? List.copyOf(flows) : List.of();
	}

	/** One asset of the list. */
	public record TemplateAsset(String name, String kind, String location, String manufacturer, String model,
			String osVersion, String ephi, String encryption, String encryptionMethod, String mfa, String backedUp,
			String antiMalware, String notes) {

	}

	/**
	 * One data flow; an end that is one of the list's assets names it in
	 * {@code fromAsset}/{@code toAsset}.
	 */
	public record TemplateFlow(String fromType, String fromAsset, String fromName, String toType, String toAsset,
			String toName, String ephiDescription, String channel, String encrypted, String notes) {

	}

	/** What applying a template added to a practice. */
	public record Applied(int assets, int flows) {

	}

}
