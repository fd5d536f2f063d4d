package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.StateConflictException;

/**
 * The rules of an asset's life, in plain Java: what a form may say about it, and the
 * transitions (change, dispose of, wipe for re-use), each returning the fact it raises.
 * The services load and save; this class decides. Dates are checked against the
 * practice's own {@code today}, which the service computes from the injected clock in the
 * practice's time zone (bean validation knows neither).
 */
final class Asset {

	private final UUID practiceId;

	private final AssetDetails details;

	private Asset(UUID practiceId, AssetDetails details) {
		this.practiceId = practiceId;
		this.details = details;
	}

	static Asset of(UUID practiceId, AssetDetails details) {
		return new Asset(practiceId, details);
	}

	/**
	 * Problems with a new asset's form beyond its annotations.
	 * @param today the practice's local date
	 */
	static void checkNew(AssetForm form, LocalDate today, InvalidInputException.Problems problems) {
		checkDates(form, today, problems);
		problems.addIf(form.status() == AssetStatus.DISPOSED, "status",
				"To dispose of an asset, use \"Retire\" and record how its data was destroyed.");
	}

	/** The fact of adding an asset with this form under the given id. */
	static InventoryEvent.AssetAdded added(UUID practiceId, UUID id, AssetForm form) {
		return new InventoryEvent.AssetAdded(practiceId, id, form.kind().label(), form.name());
	}

	/**
	 * Problems with a changed form for this asset beyond its annotations: a disposed
	 * asset stays disposed, and disposal goes through {@link #dispose}.
	 */
	void checkChange(AssetForm form, LocalDate today, InvalidInputException.Problems problems) {
		checkDates(form, today, problems);
		boolean disposed = !this.details.active();
		if (disposed && form.status() != AssetStatus.DISPOSED) {
			problems.add("status", "This asset was disposed of; it cannot be put back into use. Record a "
					+ "replacement as a new asset.");
		}
		else if (!disposed && form.status() == AssetStatus.DISPOSED) {
			problems.add("status", "To dispose of an asset, use \"Retire\" and record how its data was destroyed.");
		}
	}

	/**
	 * The fact of changing this asset to what the form says; names the safeguards that
	 * changed.
	 */
	InventoryEvent.AssetChanged change(AssetForm after) {
		AssetDetails before = this.details;
		List<String> changed = new ArrayList<>();
		if (before.ephi() != after.ephi()) {
			changed.add("ePHI " + before.ephi() + " -> " + after.ephi());
		}
		if (before.encryption() != after.encryption()) {
			changed.add("encryption " + before.encryption() + " -> " + after.encryption());
		}
		if (before.mfa() != after.mfa()) {
			changed.add("MFA " + before.mfa() + " -> " + after.mfa());
		}
		if (before.backedUp() != after.backedUp()) {
			changed.add("backup " + before.backedUp() + " -> " + after.backedUp());
		}
		if (before.patchStatus() != after.patchStatus()) {
			changed.add("patching " + before.patchStatus() + " -> " + after.patchStatus());
		}
		return new InventoryEvent.AssetChanged(this.practiceId, before.id(), after.kind().label(), after.name(),
				changed);
	}

	/**
	 * Takes the asset out of service with its disposal record.
	 * @throws StateConflictException if it was already disposed of
	 * @throws InvalidInputException if the disposal date is after today
	 */
	InventoryEvent.AssetDisposedOf dispose(RetireForm form, LocalDate today) {
		if (!this.details.active()) {
			throw StateConflictException.of("This asset was already disposed of"
					+ ((this.details.disposedOn() != null) ? " on " + this.details.disposedOn() : "") + ".");
		}
		if (form.disposedOn().isAfter(today)) {
			throw InvalidInputException.of("disposedOn", "The disposal date cannot be in the future.");
		}
		return new InventoryEvent.AssetDisposedOf(this.practiceId, this.details.id(), this.details.kind().label(),
				this.details.name(), form.disposedOn());
	}

	/**
	 * Records that the device or medium was wiped before being used again; allowed for a
	 * disposed asset too (the record may come late).
	 * @throws InvalidInputException if the date is after today
	 */
	InventoryEvent.MediaReuseRecorded recordReuse(UUID reuseId, MediaReuseForm form, LocalDate today) {
		if (form.reusedOn().isAfter(today)) {
			throw InvalidInputException.of("reusedOn", "The date cannot be in the future.");
		}
		return new InventoryEvent.MediaReuseRecorded(this.practiceId, this.details.id(), reuseId, this.details.name(),
				form.reusedOn());
	}

	/** The dates on an asset's form cannot be after the practice's today. */
	static void checkDates(AssetForm form, LocalDate today, InvalidInputException.Problems problems) {
		problems.addIf(form.purchaseDate() != null && form.purchaseDate().isAfter(today), "purchaseDate",
				"The purchase date cannot be in the future.");
		problems.addIf(form.lastPatchedOn() != null && form.lastPatchedOn().isAfter(today), "lastPatchedOn",
				"The last update cannot be in the future.");
	}

}
