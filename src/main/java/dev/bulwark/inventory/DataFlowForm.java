package dev.bulwark.inventory;

import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How ePHI moves from one place to another, on the page and as the API's JSON body. Each
 * end is one of the practice's assets ({@code fromType = ASSET} with {@code fromAssetId})
 * or an outside party named in words ({@code VENDOR}, {@code PATIENTS}, {@code PAYERS},
 * {@code OTHER} with {@code fromName}).
 *
 * @param ephiDescription what ePHI travels, e.g. "lab orders and results"
 * @param channel how it travels
 * @param encrypted whether it is encrypted in transit
 */
record DataFlowForm(@NotNull(message = "Choose where the data comes from.") PartyType fromType, UUID fromAssetId,
		@Size(max = 200, message = "Keep the name under 200 characters.") String fromName,
		@NotNull(message = "Choose where the data goes.") PartyType toType, UUID toAssetId,
		@Size(max = 200, message = "Keep the name under 200 characters.") String toName,
		@Size(max = 500, message = "Keep this under 500 characters.") String ephiDescription,
		@NotNull(message = "Choose how the data travels.") FlowChannel channel, Answer encrypted,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	/**
	 * An end is either an asset or a named party, never both: the field that does not
	 * apply to the chosen type is dropped, so a form switched from "vendor" to "one of
	 * our systems" does not keep the vendor's name.
	 */
	DataFlowForm {
		encrypted = (encrypted != null) ? encrypted : Answer.UNKNOWN;
		if (fromType == PartyType.ASSET) {
			fromName = null;
		}
		else {
			fromAssetId = null;
		}
		if (toType == PartyType.ASSET) {
			toName = null;
		}
		else {
			toAssetId = null;
		}
	}

	static DataFlowForm blank() {
		return new DataFlowForm(PartyType.ASSET, null, null, PartyType.VENDOR, null, null, null, null, null, null);
	}

	static DataFlowForm of(DataFlowDetails flow) {
		return new DataFlowForm(flow.from().type(), flow.from().assetId(), flow.from().name(), flow.to().type(),
				flow.to().assetId(), flow.to().name(), flow.ephiDescription(), flow.channel(), flow.encrypted(),
				flow.notes());
	}

	/** What field annotations cannot express: each end needs an asset or a name. */
	void checkEnds(InvalidInputException.Problems problems) {
		problems.addIf(this.fromType == PartyType.ASSET && this.fromAssetId == null, "fromAssetId",
				"Choose the system the data comes from.");
		problems.addIf(this.fromType != null && this.fromType != PartyType.ASSET && this.fromName == null, "fromName",
				"Name who the data comes from, e.g. the vendor's name.");
		problems.addIf(this.toType == PartyType.ASSET && this.toAssetId == null, "toAssetId",
				"Choose the system the data goes to.");
		problems.addIf(this.toType != null && this.toType != PartyType.ASSET && this.toName == null, "toName",
				"Name who receives the data, e.g. the lab's name.");
	}

}
