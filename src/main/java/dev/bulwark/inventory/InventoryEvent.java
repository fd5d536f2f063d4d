package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened in the inventory, one record per fact. The services publish each one in
 * the transaction that made the change, and the audit module writes it to the practice's
 * audit trail in that same transaction, so a change and its entry commit together.
 * <p>
 * The action names are stable: audit searches and exports rely on them. Summaries name
 * systems, networks and outside parties, never patient information: a party of the
 * {@code PATIENTS} kind is described by its kind, not by what was typed as its name.
 * <p>
 * Findings are announced separately, by {@link InventoryFindingOpened} and
 * {@link InventoryFindingResolved}.
 */
public sealed interface InventoryEvent extends AuditableEvent {

	/** An asset was recorded by hand or through the API. */
	record AssetAdded(UUID practiceId, UUID assetId, String kind, String name) implements InventoryEvent {

		@Override
		public String action() {
			return "asset.created";
		}

		@Override
		public String objectType() {
			return "asset";
		}

		@Override
		public String objectId() {
			return this.assetId.toString();
		}

		@Override
		public String summary() {
			return "Asset created: " + this.kind + " \"" + this.name + "\"";
		}

	}

	/**
	 * An asset's record was changed.
	 *
	 * @param changes the safeguards that changed, e.g. {@code encryption NO -> YES}
	 */
	record AssetChanged(UUID practiceId, UUID assetId, String kind, String name,
			List<String> changes) implements InventoryEvent {

		public AssetChanged {
			changes = List.copyOf(changes);
		}

		@Override
		public String action() {
			return "asset.updated";
		}

		@Override
		public String objectType() {
			return "asset";
		}

		@Override
		public String objectId() {
			return this.assetId.toString();
		}

		@Override
		public String summary() {
			return "Asset updated: " + this.kind + " \"" + this.name + "\""
					+ (this.changes.isEmpty() ? "" : " (" + String.join(", ", this.changes) + ")");
		}

	}

	/** An asset left service with its disposal record (164.310(d)(2)(i)). */
	record AssetDisposedOf(UUID practiceId, UUID assetId, String kind, String name,
			LocalDate disposedOn) implements InventoryEvent {

		@Override
		public String action() {
			return "asset.retired";
		}

		@Override
		public String objectType() {
			return "asset";
		}

		@Override
		public String objectId() {
			return this.assetId.toString();
		}

		@Override
		public String summary() {
			return "Asset disposed of: " + this.kind + " \"" + this.name + "\" on " + this.disposedOn;
		}

	}

	/** A device or medium was wiped before re-use (164.310(d)(2)(ii)). */
	record MediaReuseRecorded(UUID practiceId, UUID assetId, UUID reuseId, String name,
			LocalDate reusedOn) implements InventoryEvent {

		@Override
		public String action() {
			return "asset.media-reused";
		}

		@Override
		public String objectType() {
			return "asset";
		}

		@Override
		public String objectId() {
			return this.assetId.toString();
		}

		@Override
		public String summary() {
			return "Wiped for re-use: \"" + this.name + "\" on " + this.reusedOn;
		}

	}

	/** A CSV import saved its valid rows. */
	record AssetsImported(UUID practiceId, int created, int rejected, int segmentsCreated) implements InventoryEvent {

		@Override
		public String action() {
			return "inventory.imported";
		}

		@Override
		public String objectType() {
			return "asset";
		}

		@Override
		public String objectId() {
			return null;
		}

		@Override
		public String summary() {
			return "CSV import: " + this.created + " assets created, " + this.rejected + " rows rejected, "
					+ this.segmentsCreated + " network segments created";
		}

	}

	/** A CSV import saved nothing, because of rejected rows or an unreadable file. */
	record AssetImportRejected(UUID practiceId, int validRows, int rejectedRows) implements InventoryEvent {

		@Override
		public String action() {
			return "inventory.import-rejected";
		}

		@Override
		public String objectType() {
			return "asset";
		}

		@Override
		public String objectId() {
			return null;
		}

		@Override
		public String summary() {
			return "CSV import not saved: " + this.validRows + " valid rows, " + this.rejectedRows + " rejected";
		}

	}

	/** The whole inventory left Bulwark as a CSV file. */
	record InventoryExported(UUID practiceId, int assets) implements InventoryEvent {

		@Override
		public String action() {
			return "inventory.exported";
		}

		@Override
		public String objectType() {
			return "asset";
		}

		@Override
		public String objectId() {
			return null;
		}

		@Override
		public String summary() {
			return "Asset inventory exported as CSV (" + this.assets + " assets)";
		}

	}

	/**
	 * Someone walked through the inventory and the data-flow map and marked them
	 * reviewed.
	 */
	record InventoryReviewed(UUID practiceId, UUID reviewId, LocalDate reviewedOn) implements InventoryEvent {

		@Override
		public String action() {
			return "inventory.reviewed";
		}

		@Override
		public String objectType() {
			return "inventory-review";
		}

		@Override
		public String objectId() {
			return this.reviewId.toString();
		}

		@Override
		public String summary() {
			return "Inventory and data-flow map marked reviewed on " + this.reviewedOn;
		}

	}

	/**
	 * A data flow was recorded.
	 *
	 * @param from where the ePHI starts (a system's or an outside party's name)
	 * @param to where it ends
	 * @param encrypted {@code YES}, {@code NO} or {@code UNKNOWN}
	 */
	record DataFlowAdded(UUID practiceId, UUID flowId, String from, String to, String channel,
			String encrypted) implements InventoryEvent {

		@Override
		public String action() {
			return "data-flow.created";
		}

		@Override
		public String objectType() {
			return "data-flow";
		}

		@Override
		public String objectId() {
			return this.flowId.toString();
		}

		@Override
		public String summary() {
			return "Data flow created: " + this.from + " -> " + this.to + " by " + this.channel + ", encrypted "
					+ this.encrypted;
		}

	}

	/** A data flow was changed; the fields describe it as it is now. */
	record DataFlowChanged(UUID practiceId, UUID flowId, String from, String to, String channel,
			String encrypted) implements InventoryEvent {

		@Override
		public String action() {
			return "data-flow.updated";
		}

		@Override
		public String objectType() {
			return "data-flow";
		}

		@Override
		public String objectId() {
			return this.flowId.toString();
		}

		@Override
		public String summary() {
			return "Data flow updated: " + this.from + " -> " + this.to + " by " + this.channel + ", encrypted "
					+ this.encrypted;
		}

	}

	/** A data flow was deleted; the fields describe it as it was. */
	record DataFlowDeleted(UUID practiceId, UUID flowId, String from, String to, String channel,
			String encrypted) implements InventoryEvent {

		@Override
		public String action() {
			return "data-flow.deleted";
		}

		@Override
		public String objectType() {
			return "data-flow";
		}

		@Override
		public String objectId() {
			return this.flowId.toString();
		}

		@Override
		public String summary() {
			return "Data flow deleted: " + this.from + " -> " + this.to + " by " + this.channel + ", encrypted "
					+ this.encrypted;
		}

	}

	/**
	 * A network segment was recorded.
	 *
	 * @param separated {@code YES}, {@code NO} or {@code UNKNOWN}
	 */
	record NetworkSegmentAdded(UUID practiceId, UUID segmentId, String name, String kind,
			String separated) implements InventoryEvent {

		@Override
		public String action() {
			return "network-segment.created";
		}

		@Override
		public String objectType() {
			return "network-segment";
		}

		@Override
		public String objectId() {
			return this.segmentId.toString();
		}

		@Override
		public String summary() {
			return "Network segment created: \"" + this.name + "\" (" + this.kind + ", separated " + this.separated
					+ ")";
		}

	}

	/** A network segment was changed. */
	record NetworkSegmentChanged(UUID practiceId, UUID segmentId, String name, String kind, String separatedBefore,
			String separated) implements InventoryEvent {

		@Override
		public String action() {
			return "network-segment.updated";
		}

		@Override
		public String objectType() {
			return "network-segment";
		}

		@Override
		public String objectId() {
			return this.segmentId.toString();
		}

		@Override
		public String summary() {
			return "Network segment updated: \"" + this.name + "\" (" + this.kind + ", separated "
					+ this.separatedBefore + " -> " + this.separated + ")";
		}

	}

	/**
	 * A network segment was deleted.
	 *
	 * @param assetsLeft active assets that were in it and now have no segment
	 */
	record NetworkSegmentDeleted(UUID practiceId, UUID segmentId, String name,
			int assetsLeft) implements InventoryEvent {

		@Override
		public String action() {
			return "network-segment.deleted";
		}

		@Override
		public String objectType() {
			return "network-segment";
		}

		@Override
		public String objectId() {
			return this.segmentId.toString();
		}

		@Override
		public String summary() {
			return "Network segment deleted: \"" + this.name + "\" (" + this.assetsLeft
					+ " assets left without a segment)";
		}

	}

}
