package dev.bulwark.vendors;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binder's vendor register and agreement list as CSV, safe to open in a spreadsheet.
 */
class VendorsBinderTests {

	@Test
	void theRegisterNamesEachVendorsStandingAndGuardsAgainstFormulas() {
		VendorDetails vendor = new VendorDetails(UUID.randomUUID(), "=HYPERLINK(\"x\")", "Backup", null, null, null,
				List.of(new VendorDetails.SystemRef(UUID.randomUUID(), "Server")), null, false, false, true, false,
				false, Determination.BUSINESS_ASSOCIATE, RiskTier.HIGH, null, BaaState.CURRENT,
				LocalDate.of(2027, 3, 1), Instant.EPOCH, Instant.EPOCH);
		String csv = new String(VendorsBinder.register(List.of(vendor)), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("Vendor,Service,Contact")
			.contains("'=HYPERLINK")
			.contains("stores")
			.contains("Current agreement,2027-03-01");
	}

	@Test
	void theAgreementListNamesTheSignedCopyAndEachTerm() {
		UUID evidenceId = UUID.randomUUID();
		BaaDetails baa = new BaaDetails(UUID.randomUUID(), UUID.randomUUID(), "Acme", LocalDate.of(2025, 1, 1), null,
				30, List.of("safeguards"), null, Instant.EPOCH, Instant.EPOCH,
				List.of(new EvidenceSummary(evidenceId, "BAA", 2, "baa.pdf", "application/pdf", 10, "Olivia",
						Instant.EPOCH, Instant.EPOCH, null, LocalDate.of(2031, 1, 1), 1)));
		String csv = new String(VendorsBinder.agreements(List.of(baa), List.of("safeguards", "subcontractors")),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("Term: safeguards,Term: subcontractors")
			.contains("Acme,2025-01-01,No end date,30,Yes,No,baa.pdf,2," + evidenceId);
	}

}
