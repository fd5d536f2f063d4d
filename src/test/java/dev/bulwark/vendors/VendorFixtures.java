package dev.bulwark.vendors;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Vendors, forms and inventory systems for the vendor tests. */
final class VendorFixtures {

	private VendorFixtures() {
	}

	static Actor actor(TestMember member) {
		return new Actor(member.userId(), member.email(), "Test " + member.role().label(), member.practiceId(),
				member.practiceName(), member.role(), false, ZoneOffset.UTC);
	}

	/** A cloud service that stores patient information: a business associate. */
	static VendorForm cloudEhr(String name, UUID... systems) {
		return new VendorForm(name, "Cloud EHR", "Dana Support", "privacy@ehr.example", "555-0100", List.of(systems),
				"Charts and schedules, over the vendor's web portal", false, true, true, true, false, RiskTier.HIGH,
				null);
	}

	/** The internet provider: a mere conduit. */
	static VendorForm internetProvider(String name) {
		return new VendorForm(name, "Internet access", null, null, null, List.of(), null, false, false, false, true,
				true, RiskTier.LOW, null);
	}

	/** Inserts a system into the practice's inventory, as the inventory would. */
	static UUID system(JdbcClient jdbc, UUID practiceId, String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into inv_asset (practice_id, id, name, kind, ephi, encryption, mfa, backed_up, patch_status,
				anti_malware, status, created_at, updated_at)
				values (:practiceId, :id, :name, 'WORKSTATION', 'STORES', 'YES', 'YES', 'YES', 'CURRENT', 'YES',
				'IN_USE', :now, :now)""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("name", name)
			.param("now", Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")))
			.update();
		return id;
	}

	/** A small PDF, as a signed agreement would be. */
	static byte[] pdf(String text) {
		return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% " + text + "\n%%EOF\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	/** The terms of the rule in force. */
	static final List<String> REQUIRED_TERMS = List.of("safeguards", "subcontractors", "incident-reporting");

	static BaaUploadForm agreement(java.time.LocalDate effectiveOn, java.time.LocalDate expiresOn, String fileName) {
		return new BaaUploadForm(effectiveOn, expiresOn, 30, REQUIRED_TERMS, null,
				new org.springframework.mock.web.MockMultipartFile("file", fileName, "application/pdf", pdf("signed")));
	}

	/** Every question answered "yes" except the last, answered "partly". */
	static java.util.Map<String, String> answers() {
		java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
		List<VendorCatalog.Question> questions = new VendorCatalog().questions();
		questions.forEach((q) -> answers.put(q.key(), "YES"));
		answers.put(questions.get(questions.size() - 1).key(), "PARTLY");
		return answers;
	}

	static VerificationForm verification(java.time.LocalDate on, String fileName) {
		return new VerificationForm(on, VerificationSource.VENDOR, answers(), null,
				new org.springframework.mock.web.MockMultipartFile("file", fileName, "application/pdf",
						pdf("certified")));
	}

	static MaterialBreachForm breach(java.time.LocalDate learnedOn) {
		return new MaterialBreachForm(learnedOn, "Sends unencrypted exports by e-mail",
				"Wrote to the vendor asking it to stop", BreachOutcome.CURING, null, null);
	}

}
