package dev.bulwark.vendors;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A vendor as the person enters it, on the page and as the JSON body of
 * {@code /api/v1/vendors}. The four questions about patient information and the conduit
 * question decide whether the vendor is a business associate ({@link Vendor#determine}).
 *
 * @param name the vendor's name
 * @param service what it does for the practice
 * @param contactName who to reach there
 * @param contactEmail their e-mail address
 * @param contactPhone their telephone number
 * @param systemIds the inventory's systems it touches
 * @param dataFlows what patient information goes to or comes from it, and how
 * @param createsPhi it creates patient information for the practice
 * @param receivesPhi it receives patient information from or for the practice
 * @param maintainsPhi it stores patient information for the practice (even encrypted
 * without the key)
 * @param transmitsPhi it sends or carries patient information for the practice
 * @param conduit it only carries information in transit, without routine access to it
 * @param riskTier how much harm it could do
 * @param notes anything else
 */
record VendorForm(
		@NotBlank(message = "Give the vendor's name.") @Size(max = 200,
				message = "Keep the name under 200 characters.") String name,
		@Size(max = 500, message = "Keep the service under 500 characters.") String service,
		@Size(max = 200, message = "Keep the contact's name under 200 characters.") String contactName,
		@Email(message = "Give an e-mail address such as privacy@vendor.example.") @Size(max = 320,
				message = "Keep the e-mail address under 320 characters.") String contactEmail,
		@Size(max = 50, message = "Keep the telephone number under 50 characters.") String contactPhone,
		@Size(max = 200, message = "Choose at most 200 systems.") List<UUID> systemIds,
		@Size(max = 4000, message = "Keep the data flows under 4,000 characters.") String dataFlows, Boolean createsPhi,
		Boolean receivesPhi, Boolean maintainsPhi, Boolean transmitsPhi, Boolean conduit,
		@NotNull(message = "Choose a risk tier.") RiskTier riskTier,
		@Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

	VendorForm {
		systemIds = (systemIds == null) ? List.of()
				: systemIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		createsPhi = Boolean.TRUE.equals(createsPhi);
		receivesPhi = Boolean.TRUE.equals(receivesPhi);
		maintainsPhi = Boolean.TRUE.equals(maintainsPhi);
		transmitsPhi = Boolean.TRUE.equals(transmitsPhi);
		conduit = Boolean.TRUE.equals(conduit);
	}

	static VendorForm blank() {
		return new VendorForm(null, null, null, null, null, List.of(), null, false, false, false, false, false, null,
				null);
	}

	static VendorForm of(VendorDetails vendor) {
		return new VendorForm(vendor.name(), vendor.service(), vendor.contactName(), vendor.contactEmail(),
				vendor.contactPhone(), vendor.systems().stream().map(VendorDetails.SystemRef::id).toList(),
				vendor.dataFlows(), vendor.createsPhi(), vendor.receivesPhi(), vendor.maintainsPhi(),
				vendor.transmitsPhi(), vendor.conduit(), vendor.riskTier(), vendor.notes());
	}

}
