package dev.bulwark.inventory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How ePHI moves from one place to another. Each end is one of the practice's assets
 * ({@code fromType = ASSET} with {@code fromAssetId}) or an outside party named in words
 * ({@code VENDOR}, {@code PATIENTS}, {@code PAYERS}, {@code OTHER} with
 * {@code fromName}).
 *
 * @param ephiDescription what ePHI travels, e.g. "lab orders and results"
 * @param channel how it travels
 * @param encrypted whether it is encrypted in transit
 */
public record DataFlowForm(@NotNull(message = "Choose where the data comes from.") PartyType fromType, UUID fromAssetId,
		@Size(max = 200, message = "Keep the name under 200 characters.") String fromName,
		@NotNull(message = "Choose where the data goes.") PartyType toType, UUID toAssetId,
		@Size(max = 200, message = "Keep the name under 200 characters.") String toName,
		@Size(max = 500, message = "Keep this under 500 characters.") String ephiDescription,
		@NotNull(message = "Choose how the data travels.") FlowChannel channel, Answer encrypted,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	public DataFlowForm {
		fromName = AssetForm.clean(fromName);
		toName = AssetForm.clean(toName);
		ephiDescription = AssetForm.clean(ephiDescription);
		notes = AssetForm.clean(notes);
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

	public static DataFlowForm blank() {
		return new DataFlowForm(PartyType.ASSET, null, null, PartyType.VENDOR, null, null, null, null, null, null);
	}

	public static DataFlowForm of(DataFlowDetails flow) {
		return new DataFlowForm(flow.from().type(), flow.from().assetId(), flow.from().name(), flow.to().type(),
				flow.to().assetId(), flow.to().name(), flow.ephiDescription(), flow.channel(), flow.encrypted(),
				flow.notes());
	}

	/**
	 * Problems that field annotations cannot express: each end needs an asset or a name.
	 * Keys are field names.
	 */
	public Map<String, String> endpointErrors() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.fromType == PartyType.ASSET && this.fromAssetId == null) {
			errors.put("fromAssetId", "Choose the system the data comes from.");
		}
		if (this.fromType != null && this.fromType != PartyType.ASSET && this.fromName == null) {
			errors.put("fromName", "Name who the data comes from, e.g. the vendor's name.");
		}
		if (this.toType == PartyType.ASSET && this.toAssetId == null) {
			errors.put("toAssetId", "Choose the system the data goes to.");
		}
		if (this.toType != null && this.toType != PartyType.ASSET && this.toName == null) {
			errors.put("toName", "Name who receives the data, e.g. the lab's name.");
		}
		return errors;
	}

}
