package dev.bulwark.vendors;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.evidence.EvidenceSummary;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.SpreadsheetCells;

import org.springframework.stereotype.Component;

/**
 * The vendor register's part of the audit binder: the register and the list of business
 * associate agreements as CSV. The signed copies themselves stay in the evidence store:
 * its facade opens a file only as an audited download, which the binder's read-only
 * export must not write, so the list names each copy by file, version and evidence id for
 * the evidence section to match.
 */
@Component
class VendorsBinder implements BinderSection {

	private final Vendors vendors;

	VendorsBinder(Vendors vendors) {
		this.vendors = vendors;
	}

	@Override
	public String folder() {
		return "06-vendors";
	}

	@Override
	public String title() {
		return "Vendors and business associate agreements";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		if (!actor.can(Permission.VENDORS_READ)) {
			return List.of();
		}
		List<VendorDetails> vendors = this.vendors.allVendors(practiceId);
		if (vendors.isEmpty()) {
			return List.of();
		}
		return List.of(new Document("vendors.csv",
				"The vendor register: services, systems, what each does with patient information, whether it is "
						+ "a business associate and where its agreement stands",
				"text/csv", register(vendors)),
				new Document("business-associate-agreements.csv",
						"Every business associate agreement: dates, breach-reporting window, terms checked and the "
								+ "signed copy in the evidence store",
						"text/csv", agreements(this.vendors.allAgreements(practiceId),
								this.vendors.terms(practiceId).stream().map(VendorCatalog.BaaTerm::key).toList())));
	}

	static byte[] register(List<VendorDetails> vendors) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "Vendor", "Service", "Contact", "E-mail", "Telephone", "Handles patient information",
				"Mere conduit", "Business associate", "Risk tier", "Systems", "Data flows", "Agreement", "Renewal" });
		for (VendorDetails v : vendors) {
			rows.add(new String[] { v.name(), v.service(), v.contactName(), v.contactEmail(), v.contactPhone(),
					v.handling(), v.conduit() ? "Yes" : "No", v.businessAssociate() ? "Yes" : "No",
					v.riskTier().label(),
					v.systems().stream().map(VendorDetails.SystemRef::label).collect(Collectors.joining("; ")),
					v.dataFlows(), v.baaState().label(),
					(v.baaRenewalOn() != null) ? v.baaRenewalOn().toString() : "" });
		}
		return csv(rows);
	}

	static byte[] agreements(List<BaaDetails> agreements, List<String> termKeys) {
		List<String[]> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(
				List.of("Vendor", "Takes effect", "Ends or renews", "Breach reported within (days)"));
		termKeys.forEach((key) -> header.add("Term: " + key));
		header.addAll(List.of("Signed copy", "Version", "Evidence id", "Notes"));
		rows.add(header.toArray(String[]::new));
		for (BaaDetails b : agreements) {
			List<String> row = new ArrayList<>(List.of(b.vendorName(), b.effectiveOn().toString(),
					(b.expiresOn() != null) ? b.expiresOn().toString() : "No end date",
					String.valueOf(b.breachWindowDays())));
			termKeys.forEach((key) -> row.add(b.hasTerm(key) ? "Yes" : "No"));
			EvidenceSummary copy = b.documents().isEmpty() ? null : b.documents().get(0);
			row.add((copy != null) ? copy.fileName() : "Missing");
			row.add((copy != null) ? String.valueOf(copy.currentVersion()) : "");
			row.add((copy != null) ? copy.id().toString() : "");
			row.add(b.notes());
			rows.add(row.toArray(String[]::new));
		}
		return csv(rows);
	}

	private static byte[] csv(List<String[]> rows) {
		StringWriter out = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder().build(out)) {
			for (String[] row : rows) {
				csv.writeRecord(Arrays.stream(row).map(SpreadsheetCells::export).toArray(String[]::new));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
