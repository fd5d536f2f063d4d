package dev.bulwark.vendors;

import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers.TestMember;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Another practice's vendors cannot be read or changed, and another practice's systems
 * cannot be linked to the attacker's vendors.
 */
class VendorsCrossPracticeCase implements CrossPracticeCase {

	private final Vendors vendors;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	VendorsCrossPracticeCase(Vendors vendors, JdbcClient jdbc, java.time.Clock clock) {
		this.vendors = vendors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<String> covers() {
		return List.of("/vendors/{id}", "/vendors/{id}/edit", "/api/v1/vendors/{id}", "/vendors/{id}/baas/new",
				"/vendors/{id}/baas", "/vendors/{id}/baas/{baaId}", "/vendors/{id}/baas/{baaId}/edit",
				"/vendors/{id}/baas/{baaId}/documents", "/vendors/{id}/baas/{baaId}/documents/{evidenceId}",
				"/api/v1/vendors/{id}/baas", "/api/v1/vendors/{id}/baas/{baaId}",
				"/api/v1/vendors/{id}/baas/{baaId}/documents/{evidenceId}", "/vendors", "/api/v1/vendors",
				"/vendors/{id}/verifications/new", "/vendors/{id}/verifications",
				"/vendors/{id}/verifications/{verificationId}",
				"/vendors/{id}/verifications/{verificationId}/documents",
				"/vendors/{id}/verifications/{verificationId}/documents/{evidenceId}",
				"/api/v1/vendors/{id}/verifications", "/api/v1/vendors/{id}/verifications/{verificationId}",
				"/api/v1/vendors/{id}/verifications/{verificationId}/documents/{evidenceId}",
				"/vendors/{id}/breaches/new", "/vendors/{id}/breaches", "/vendors/{id}/breaches/{breachId}/edit",
				"/vendors/{id}/breaches/{breachId}", "/api/v1/vendors/{id}/material-breaches",
				"/api/v1/vendors/{id}/material-breaches/{breachId}");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		UUID practiceId = victimOwner.practiceId();
		UUID system = VendorFixtures.system(this.jdbc, practiceId, "Victim EHR server");
		VendorDetails vendor = this.vendors.add(VendorFixtures.actor(victimOwner),
				VendorFixtures.cloudEhr("Victim EHR", system));
		UUID id = vendor.id();
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC);
		BaaDetails baa = this.vendors.recordAgreement(VendorFixtures.actor(victimOwner), id,
				VendorFixtures.agreement(today.minusDays(1), today.plusYears(1), "victim-baa.pdf"));
		UUID baaId = baa.id();
		UUID evidenceId = baa.documents().get(0).id();
		VerificationDetails verification = this.vendors.recordVerification(VendorFixtures.actor(victimOwner), id,
				VendorFixtures.verification(today.minusDays(1), "victim-cert.pdf"));
		UUID verificationId = verification.id();
		UUID certificationId = verification.documents().get(0).id();
		MaterialBreachDetails breach = this.vendors.recordBreach(VendorFixtures.actor(victimOwner), id,
				VendorFixtures.breach(today.minusDays(2)));
		UUID breachId = breach.id();
		Runnable unchanged = () -> {
			assertThat(this.vendors.verifications(practiceId, id)).singleElement().satisfies((v) -> {
				assertThat(v.score()).isEqualTo(verification.score());
				assertThat(v.documents()).singleElement().satisfies((d) -> assertThat(d.currentVersion()).isEqualTo(1));
			});
			assertThat(this.vendors.breaches(practiceId, id)).singleElement()
				.satisfies((b) -> assertThat(b.updatedAt()).isEqualTo(breach.updatedAt()));
			List<BaaDetails> agreements = this.vendors.agreements(practiceId, id);
			assertThat(agreements).hasSize(1);
			assertThat(agreements.get(0).breachWindowDays()).isEqualTo(30);
			assertThat(agreements.get(0).documents()).hasSize(1);
			assertThat(agreements.get(0).documents().get(0).currentVersion()).isEqualTo(1);
			VendorDetails now = this.vendors.vendor(practiceId, id);
			assertThat(now.name()).isEqualTo("Victim EHR");
			assertThat(now.riskTier()).isEqualTo(RiskTier.HIGH);
			assertThat(now.updatedAt()).isEqualTo(vendor.updatedAt());
			assertThat(this.jdbc.sql("""
					select count(*) from vnd_vendor_system
					where practice_id <> :practiceId and asset_id = :system""")
				.param("practiceId", practiceId)
				.param("system", system)
				.query(Long.class)
				.single()).as("no vendor of another practice points at the victim's system").isZero();
		};
		String body = """
				{"name": "Stolen", "transmitsPhi": true, "riskTier": "LOW", "systemIds": ["%s"]}""".formatted(system);
		return List.of(Attempt.of("read a vendor", get("/vendors/{id}", id), unchanged),
				Attempt.of("open a vendor's form", get("/vendors/{id}/edit", id), unchanged),
				Attempt.of("change a vendor",
						post("/vendors/{id}", id).param("name", "Stolen").param("riskTier", "LOW"), unchanged),
				Attempt.of("read a vendor by API", get("/api/v1/vendors/{id}", id), unchanged),
				Attempt.of("change a vendor by API",
						put("/api/v1/vendors/{id}", id).contentType(MediaType.APPLICATION_JSON).content(body),
						unchanged),
				Attempt.of("add a vendor on the page linked to the victim's system",
						post("/vendors").param("name", "Stolen")
							.param("transmitsPhi", "true")
							.param("riskTier", "LOW")
							.param("systemIds", system.toString()),
						unchanged),
				Attempt.of("add a vendor by API linked to the victim's system",
						post("/api/v1/vendors").contentType(MediaType.APPLICATION_JSON).content(body), unchanged),
				Attempt.of("open the agreement form", get("/vendors/{id}/baas/new", id), unchanged),
				Attempt.of("record an agreement",
						post("/vendors/{id}/baas", id).contentType(MediaType.MULTIPART_FORM_DATA)
							.param("effectiveOn", today.toString())
							.param("breachWindowDays", "10"),
						unchanged),
				Attempt.of("read an agreement", get("/vendors/{id}/baas/{baaId}", id, baaId), unchanged),
				Attempt.of("open an agreement's form", get("/vendors/{id}/baas/{baaId}/edit", id, baaId), unchanged),
				Attempt.of("change an agreement",
						post("/vendors/{id}/baas/{baaId}", id, baaId).param("effectiveOn", today.toString())
							.param("breachWindowDays", "10"),
						unchanged),
				Attempt.of("add a signed copy",
						post("/vendors/{id}/baas/{baaId}/documents", id, baaId)
							.contentType(MediaType.MULTIPART_FORM_DATA)
							.param("title", "Stolen"),
						unchanged),
				Attempt.of("download the signed copy",
						get("/vendors/{id}/baas/{baaId}/documents/{evidenceId}", id, baaId, evidenceId), unchanged),
				Attempt.of("list agreements by API", get("/api/v1/vendors/{id}/baas", id), unchanged),
				Attempt.of("record an agreement by API",
						post("/api/v1/vendors/{id}/baas", id).contentType(MediaType.MULTIPART_FORM_DATA)
							.param("effectiveOn", today.toString())
							.param("breachWindowDays", "10"),
						unchanged),
				Attempt.of("read an agreement by API", get("/api/v1/vendors/{id}/baas/{baaId}", id, baaId), unchanged),
				Attempt.of("change an agreement by API",
						put("/api/v1/vendors/{id}/baas/{baaId}", id, baaId).contentType(MediaType.APPLICATION_JSON)
							.content("{\"effectiveOn\": \"" + today + "\", \"breachWindowDays\": 10}"),
						unchanged),
				Attempt.of("download the signed copy by API",
						get("/api/v1/vendors/{id}/baas/{baaId}/documents/{evidenceId}", id, baaId, evidenceId),
						unchanged),
				Attempt.of("open the verification form", get("/vendors/{id}/verifications/new", id), unchanged),
				Attempt.of("record a verification",
						post("/vendors/{id}/verifications", id).contentType(MediaType.MULTIPART_FORM_DATA)
							.param("verifiedOn", today.toString())
							.param("completedBy", "VENDOR"),
						unchanged),
				Attempt.of("read a verification", get("/vendors/{id}/verifications/{v}", id, verificationId),
						unchanged),
				Attempt.of("add a certification",
						post("/vendors/{id}/verifications/{v}/documents", id, verificationId)
							.contentType(MediaType.MULTIPART_FORM_DATA)
							.param("title", "Stolen"),
						unchanged),
				Attempt.of("download the certification",
						get("/vendors/{id}/verifications/{v}/documents/{e}", id, verificationId, certificationId),
						unchanged),
				Attempt.of("list verifications by API", get("/api/v1/vendors/{id}/verifications", id), unchanged),
				Attempt.of("record a verification by API",
						post("/api/v1/vendors/{id}/verifications", id).contentType(MediaType.MULTIPART_FORM_DATA)
							.param("verifiedOn", today.toString())
							.param("completedBy", "VENDOR"),
						unchanged),
				Attempt.of("read a verification by API",
						get("/api/v1/vendors/{id}/verifications/{v}", id, verificationId), unchanged),
				Attempt.of("download the certification by API",
						get("/api/v1/vendors/{id}/verifications/{v}/documents/{e}", id, verificationId,
								certificationId),
						unchanged),
				Attempt.of("open the material-breach form", get("/vendors/{id}/breaches/new", id), unchanged),
				Attempt.of("record a material breach",
						post("/vendors/{id}/breaches", id).param("learnedOn", today.toString())
							.param("pattern", "x")
							.param("steps", "y")
							.param("outcome", "CURING"),
						unchanged),
				Attempt.of("open a material breach's form", get("/vendors/{id}/breaches/{b}/edit", id, breachId),
						unchanged),
				Attempt.of("change a material breach",
						post("/vendors/{id}/breaches/{b}", id, breachId).param("learnedOn", today.toString())
							.param("pattern", "x")
							.param("steps", "y")
							.param("outcome", "CURED")
							.param("outcomeOn", today.toString()),
						unchanged),
				Attempt.of("list material breaches by API", get("/api/v1/vendors/{id}/material-breaches", id),
						unchanged),
				Attempt.of("record a material breach by API",
						post("/api/v1/vendors/{id}/material-breaches", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"learnedOn\": \"" + today
									+ "\", \"pattern\": \"x\", \"steps\": \"y\", \"outcome\": \"CURING\"}"),
						unchanged),
				Attempt.of("read a material breach by API",
						get("/api/v1/vendors/{id}/material-breaches/{b}", id, breachId), unchanged),
				Attempt.of("change a material breach by API",
						put("/api/v1/vendors/{id}/material-breaches/{b}", id, breachId)
							.contentType(MediaType.APPLICATION_JSON)
							.content("{\"learnedOn\": \"" + today + "\", \"pattern\": \"x\", \"steps\": \"y\", "
									+ "\"outcome\": \"CURED\", \"outcomeOn\": \"" + today + "\"}"),
						unchanged),
				Attempt.of("download the victim's copy through the attacker's own path",
						get("/vendors/{id}/baas/{baaId}/documents/{evidenceId}", UUID.randomUUID(), UUID.randomUUID(),
								evidenceId),
						unchanged));
	}

}
