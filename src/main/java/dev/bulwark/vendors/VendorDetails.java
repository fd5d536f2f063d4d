package dev.bulwark.vendors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One vendor with everything recorded about it.
 *
 * @param systems the inventory's systems it touches, by name; a system disposed of since
 * shows as no longer in the inventory
 * @param determination whether it is a business associate
 * @param baaState where its business associate agreement stands (as the last change or
 * daily tick left it)
 * @param baaRenewalOn the end or renewal date of the agreement in effect, or {@code null}
 */
record VendorDetails(UUID id, String name, String service, String contactName, String contactEmail, String contactPhone,
		List<SystemRef> systems, String dataFlows, boolean createsPhi, boolean receivesPhi, boolean maintainsPhi,
		boolean transmitsPhi, boolean conduit, Determination determination, RiskTier riskTier, String notes,
		BaaState baaState, LocalDate baaRenewalOn, Instant createdAt, Instant updatedAt) {

	VendorDetails {
		systems = List.copyOf(systems);
	}

	VendorDetails withStanding(BaaState state, LocalDate renewalOn) {
		return new VendorDetails(this.id, this.name, this.service, this.contactName, this.contactEmail,
				this.contactPhone, this.systems, this.dataFlows, this.createsPhi, this.receivesPhi, this.maintainsPhi,
				this.transmitsPhi, this.conduit, this.determination, this.riskTier, this.notes, state, renewalOn,
				this.createdAt, this.updatedAt);
	}

	public boolean businessAssociate() {
		return this.determination == Determination.BUSINESS_ASSOCIATE;
	}

	/** What the vendor does with patient information, in words. */
	public String handling() {
		List<String> verbs = new java.util.ArrayList<>();
		if (this.createsPhi) {
			verbs.add("creates");
		}
		if (this.receivesPhi) {
			verbs.add("receives");
		}
		if (this.maintainsPhi) {
			verbs.add("stores");
		}
		if (this.transmitsPhi) {
			verbs.add("transmits");
		}
		return verbs.isEmpty() ? "None" : String.join(", ", verbs);
	}

	/**
	 * A system of the inventory the vendor touches.
	 *
	 * @param name its name, or {@code null} when it is no longer in the inventory
	 */
	record SystemRef(UUID id, String name) {

		public String label() {
			return (this.name != null) ? this.name : "A system no longer in the inventory";
		}

	}

}
