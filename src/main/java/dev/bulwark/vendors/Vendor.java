package dev.bulwark.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;

/**
 * A vendor of the practice and the rule that decides whether it is a business associate
 * (45 CFR 160.103): one that creates, receives, maintains or transmits patient
 * information for the practice is one; a mere conduit, which only carries information
 * without routine access to it, is not. Storing information counts even when it is
 * encrypted and the vendor has no key. Plain Java.
 */
final class Vendor {

	private final UUID practiceId;

	private final UUID id;

	private VendorForm form;

	private Determination determination;

	private Vendor(UUID practiceId, UUID id, VendorForm form, Determination determination) {
		this.practiceId = practiceId;
		this.id = id;
		this.form = form;
		this.determination = determination;
	}

	/**
	 * A new vendor.
	 * @throws InvalidInputException if the answers contradict each other (field
	 * {@code conduit})
	 */
	static Vendor add(UUID practiceId, UUID id, VendorForm form) {
		return new Vendor(practiceId, id, form, determine(form));
	}

	/** A vendor as stored. */
	static Vendor of(UUID practiceId, VendorDetails stored) {
		return new Vendor(practiceId, stored.id(), VendorForm.of(stored), stored.determination());
	}

	/**
	 * Whether the vendor is a business associate.
	 * @throws InvalidInputException (field {@code conduit}) when a vendor said to be a
	 * mere conduit also creates, receives or stores the information
	 */
	static Determination determine(VendorForm form) {
		boolean handles = form.createsPhi() || form.receivesPhi() || form.maintainsPhi() || form.transmitsPhi();
		if (form.conduit()) {
			if (form.createsPhi() || form.receivesPhi() || form.maintainsPhi()) {
				throw InvalidInputException.of("conduit",
						"A mere conduit only carries information in transit. A vendor that creates, receives or "
								+ "stores patient information, even encrypted and without the key, is a business "
								+ "associate: untick this box or the answers above.");
			}
			return handles ? Determination.CONDUIT : Determination.NO_PHI;
		}
		return handles ? Determination.BUSINESS_ASSOCIATE : Determination.NO_PHI;
	}

	VendorEvent.VendorAdded added() {
		return new VendorEvent.VendorAdded(this.practiceId, this.id, this.form.name(), this.determination.label());
	}

	/** Replaces the details, returning what changed. */
	VendorEvent.VendorChanged change(VendorForm changed) {
		Determination now = determine(changed);
		List<String> changes = new ArrayList<>();
		if (!Objects.equals(this.form.name(), changed.name())) {
			changes.add("name");
		}
		if (now != this.determination) {
			changes.add("determination " + this.determination.name() + " -> " + now.name());
		}
		if (this.form.riskTier() != changed.riskTier()) {
			changes.add("risk tier " + this.form.riskTier() + " -> " + changed.riskTier());
		}
		if (!Objects.equals(Set.copyOf(this.form.systemIds()), Set.copyOf(changed.systemIds()))) {
			changes.add("systems");
		}
		this.form = changed;
		this.determination = now;
		return new VendorEvent.VendorChanged(this.practiceId, this.id, changed.name(), changes);
	}

	UUID practiceId() {
		return this.practiceId;
	}

	UUID id() {
		return this.id;
	}

	VendorForm form() {
		return this.form;
	}

	Determination determination() {
		return this.determination;
	}

	boolean businessAssociate() {
		return this.determination == Determination.BUSINESS_ASSOCIATE;
	}

}
