package dev.bulwark.vendors;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/vendors}: create, read, update and list, with errors by field. */
@BulwarkIntegrationTest
class VendorApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsReadsUpdatesAndListsVendors() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		UUID system = VendorFixtures.system(this.jdbc, officer.practiceId(), "Front desk PC");
		var created = this.mvc.post()
			.uri("/api/v1/vendors")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Acme Billing", "service": "Claims", "receivesPhi": true, "riskTier": "HIGH",
					 "systemIds": ["%s"]}""".formatted(system))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.determination").isEqualTo("BUSINESS_ASSOCIATE");
		assertThat(created).bodyJson().extractingPath("$.systems[0].name").isEqualTo("Front desk PC");
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		assertThat(this.mvc.put()
			.uri("/api/v1/vendors/{id}", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "City Fiber", "transmitsPhi": true, "conduit": true, "riskTier": "LOW"}""")).bodyJson()
			.extractingPath("$.determination")
			.isEqualTo("CONDUIT");
		assertThat(this.mvc.get().uri("/api/v1/vendors/{id}", id).header("Authorization", token)).bodyJson()
			.extractingPath("$.name")
			.isEqualTo("City Fiber");
		var list = this.mvc.get().uri("/api/v1/vendors").header("Authorization", token).exchange();
		assertThat(list).hasStatusOk().hasHeader("X-Total-Count", "1");
		assertThat(list).bodyJson().extractingPath("$[0].businessAssociate").isEqualTo(false);
	}

	@Test
	void badInputAnswers400WithErrorsByField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		var result = this.mvc.post()
			.uri("/api/v1/vendors")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Vault", "maintainsPhi": true, "conduit": true, "riskTier": "LOW"}""")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors.conduit").asString().contains("business associate");
		assertThat(this.mvc.post()
			.uri("/api/v1/vendors")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"X\", \"riskTier\": \"EXTREME\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/vendors/{id}", UUID.randomUUID()).header("Authorization", token))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
