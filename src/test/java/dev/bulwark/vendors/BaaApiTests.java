package dev.bulwark.vendors;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/vendors/{id}/baas}: record with the signed copy, read, change, list. */
@BulwarkIntegrationTest
class BaaApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Vendors vendors;

	@Autowired
	java.time.Clock clock;

	@Test
	void recordsChangesAndListsAgreements() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		VendorDetails vendor = this.vendors.add(VendorFixtures.actor(officer), VendorFixtures.cloudEhr("Acme EHR"));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		var created = this.mvc.post()
			.uri("/api/v1/vendors/{id}/baas", vendor.id())
			.multipart()
			.file(new MockMultipartFile("file", "baa.pdf", "application/pdf", VendorFixtures.pdf("signed")))
			.param("effectiveOn", today.toString())
			.param("breachWindowDays", "45")
			.param("terms", "safeguards", "subcontractors")
			.header("Authorization", token)
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.documents[0].fileName").isEqualTo("baa.pdf");
		String baaId = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(this.vendors.vendor(officer.practiceId(), vendor.id()).baaState()).isEqualTo(BaaState.INCOMPLETE);

		assertThat(this.mvc.put()
			.uri("/api/v1/vendors/{id}/baas/{baaId}", vendor.id(), baaId)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"effectiveOn": "%s", "breachWindowDays": 45,
					 "terms": ["safeguards", "subcontractors", "incident-reporting"]}""".formatted(today)))
			.hasStatusOk();
		assertThat(this.vendors.vendor(officer.practiceId(), vendor.id()).baaState()).isEqualTo(BaaState.CURRENT);
		assertThat(this.mvc.get().uri("/api/v1/vendors/{id}/baas", vendor.id()).header("Authorization", token))
			.bodyJson()
			.extractingPath("$[0].terms.length()")
			.isEqualTo(3);
		assertThat(this.mvc.put()
			.uri("/api/v1/vendors/{id}/baas/{baaId}", vendor.id(), baaId)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"effectiveOn": "%s", "breachWindowDays": 61}""".formatted(today)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.breachWindowDays")
			.asString()
			.contains("at most 60 days");
	}

}
