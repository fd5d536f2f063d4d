package dev.bulwark.vendors;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.bulwark.evidence.EvidenceFile;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.evidence.EvidenceSummary;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.CsvTable;
import dev.bulwark.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * The vendor register's part of the audit binder: the register, the business associate
 * agreements, the safeguards verifications (proposed rule) and the material breaches as
 * CSV, and the current version of every signed agreement and vendor certification itself,
 * read from the evidence store without an audit entry of their own (the binder records
 * its export).
 */
@Component
class VendorsBinder implements BinderSection {

	private final Vendors vendors;

	private final EvidenceStore evidence;

	VendorsBinder(Vendors vendors, EvidenceStore evidence) {
		this.vendors = vendors;
		this.evidence = evidence;
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
		List<BaaDetails> agreements = this.vendors.allAgreements(practiceId);
		List<VerificationDetails> verifications = this.vendors.allVerifications(practiceId);
		List<MaterialBreachDetails> breaches = this.vendors.allBreaches(practiceId);
		List<Document> documents = new ArrayList<>();
		documents.add(new Document("vendors.csv",
				"The vendor register: services, systems, what each does with patient information, whether it is "
						+ "a business associate and where its agreement stands",
				"text/csv", register(vendors)));
		documents.add(new Document("business-associate-agreements.csv",
				"Every business associate agreement: dates, breach-reporting window, terms checked and the "
						+ "signed copy in the evidence store",
				"text/csv", agreements(agreements,
						this.vendors.terms(practiceId).stream().map(VendorCatalog.BaaTerm::key).toList())));
		if (!verifications.isEmpty()) {
			documents.add(new Document("safeguards-verifications.csv",
					"Written verifications of business associates' technical safeguards (a proposed rule, not in "
							+ "force): answers, score, date and the next one due",
					"text/csv", verifications(verifications, this.vendors.questions())));
		}
		if (!breaches.isEmpty()) {
			documents.add(new Document("material-breaches.csv",
					"Material breaches by business associates and the steps taken to cure them or end the violation, "
							+ "or the termination (164.504(e)(1)(ii))",
					"text/csv", breaches(breaches)));
		}
		for (BaaDetails baa : agreements) {
			for (EvidenceFile file : this.evidence.currentFiles(practiceId, VendorStandings.owner(baa.id()))) {
				documents.add(new Document("baa-" + baa.vendorName() + "-" + baa.effectiveOn() + "-" + file.fileName(),
						"Signed business associate agreement with " + baa.vendorName() + ", effective "
								+ baa.effectiveOn() + " (version " + file.version() + ", SHA-256 " + file.sha256()
								+ ")",
						file.contentType(), file.content()));
			}
		}
		for (VerificationDetails verification : verifications) {
			for (EvidenceFile file : this.evidence.currentFiles(practiceId,
					Vendors.verificationOwner(verification.id()))) {
				documents.add(new Document(
						"verification-" + verification.vendorName() + "-" + verification.verifiedOn() + "-"
								+ file.fileName(),
						"Written certification of " + verification.vendorName() + "'s safeguards, "
								+ verification.verifiedOn() + " (proposed rule; version " + file.version()
								+ ", SHA-256 " + file.sha256() + ")",
						file.contentType(), file.content()));
			}
		}
		return documents;
	}

	static byte[] register(List<VendorDetails> vendors) {
		CsvTable table = CsvTable.of("Vendor", "Service", "Contact", "E-mail", "Telephone",
				"Handles patient information", "Mere conduit", "Business associate", "Risk tier", "Systems",
				"Data flows", "Agreement", "Renewal");
		for (VendorDetails v : vendors) {
			table.row(v.name(), v.service(), v.contactName(), v.contactEmail(), v.contactPhone(), v.handling(),
					v.conduit() ? "Yes" : "No", v.businessAssociate() ? "Yes" : "No", v.riskTier().label(),
					v.systems().stream().map(VendorDetails.SystemRef::label).collect(Collectors.joining("; ")),
					v.dataFlows(), v.baaState().label(), v.baaRenewalOn());
		}
		return table.bytes();
	}

	static byte[] agreements(List<BaaDetails> agreements, List<String> termKeys) {
		List<String> header = new ArrayList<>(
				List.of("Vendor", "Takes effect", "Ends or renews", "Breach reported within (days)"));
		termKeys.forEach((key) -> header.add("Term: " + key));
		header.addAll(List.of("Signed copy", "Version", "Evidence id", "Notes"));
		CsvTable table = CsvTable.of(header.toArray(String[]::new));
		for (BaaDetails b : agreements) {
			List<Object> row = new ArrayList<>(List.of(b.vendorName(), b.effectiveOn(),
					(b.expiresOn() != null) ? b.expiresOn() : "No end date", b.breachWindowDays()));
			termKeys.forEach((key) -> row.add(b.hasTerm(key) ? "Yes" : "No"));
			EvidenceSummary copy = b.documents().isEmpty() ? null : b.documents().get(0);
			row.add((copy != null) ? copy.fileName() : "Missing");
			row.add((copy != null) ? copy.currentVersion() : null);
			row.add((copy != null) ? copy.id() : null);
			row.add(b.notes());
			table.row(row.toArray());
		}
		return table.bytes();
	}

	static byte[] verifications(List<VerificationDetails> verifications, List<VendorCatalog.Question> questions) {
		List<String> header = new ArrayList<>(
				List.of("Vendor", "Verified on", "Filled in by", "Score (%)", "Next due (proposed rule)"));
		questions.forEach((q) -> header.add("Answer: " + q.key() + " (" + q.citation() + ")"));
		header.addAll(List.of("Certification", "Notes"));
		CsvTable table = CsvTable.of(header.toArray(String[]::new));
		for (VerificationDetails v : verifications) {
			List<Object> row = new ArrayList<>(
					List.of(v.vendorName(), v.verifiedOn(), v.completedBy().label(), v.score(), v.nextDueOn()));
			questions.forEach((q) -> row.add((v.answer(q.key()) != null) ? v.answer(q.key()).label() : null));
			row.add(v.documents().isEmpty() ? "Missing" : v.documents().get(0).fileName());
			row.add(v.notes());
			table.row(row.toArray());
		}
		return table.bytes();
	}

	static byte[] breaches(List<MaterialBreachDetails> breaches) {
		CsvTable table = CsvTable.of("Vendor", "Learned of on", "Pattern of activity or practice", "Steps taken",
				"Where it stands", "Cured or terminated on", "Notes");
		for (MaterialBreachDetails b : breaches) {
			table.row(b.vendorName(), b.learnedOn(), b.pattern(), b.steps(), b.outcome().label(), b.outcomeOn(),
					b.notes());
		}
		return table.bytes();
	}

}
