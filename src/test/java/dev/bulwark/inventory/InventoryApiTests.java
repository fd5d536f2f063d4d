package dev.bulwark.inventory;

import java.nio.charset.StandardCharsets;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON and CSV API with personal tokens. */
@BulwarkIntegrationTest
class InventoryApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	@Test
	void createsReadsUpdatesAndListsAssets() throws Exception {
		TestMember technician = this.members.newPractice(Role.MSP_TECHNICIAN);
		String token = bearer(this.members.apiToken(technician));
		var created = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Reception PC", "kind": "WORKSTATION", "ephi": "STORES", "encryption": "NO"}""")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("Reception PC");
		assertThat(created).bodyJson().extractingPath("$.mfa").isEqualTo("UNKNOWN");
		String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		assertThat(this.mvc.get().uri("/api/v1/assets/{id}", id).header("Authorization", token)).bodyJson()
			.extractingPath("$.encryption")
			.isEqualTo("NO");
		assertThat(this.mvc.get().uri("/api/v1/findings").header("Authorization", token)).bodyJson()
			.extractingPath("$[*].citation")
			.asArray()
			.contains("164.312(a)(2)(iv)");

		assertThat(this.mvc.put()
			.uri("/api/v1/assets/{id}", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Reception PC", "kind": "WORKSTATION", "ephi": "STORES", "encryption": "YES"}"""))
			.bodyJson()
			.extractingPath("$.encryption")
			.isEqualTo("YES");
		assertThat(this.mvc.get().uri("/api/v1/assets?encryption=YES&q=reception").header("Authorization", token))
			.bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.containsExactly("Reception PC");
		assertThat(this.mvc.get().uri("/api/v1/findings").header("Authorization", token)).bodyJson()
			.extractingPath("$[*].citation")
			.asArray()
			.doesNotContain("164.312(a)(2)(iv)");
	}

	@Test
	void invalidAssetsGetFieldErrors() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var result = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", bearer(this.members.apiToken(officer)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"kind\": \"LAPTOP\"}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors.name").asString().startsWith("Enter a name");
	}

	@Test
	void importReportsRejectionsAndSavesNothingUnlessAskedTo() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = bearer(this.members.apiToken(officer));
		String csv = "name,kind\nGood,laptop\nBad,toaster\n";
		var rejected = this.mvc.post()
			.uri("/api/v1/assets/import")
			.header("Authorization", token)
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.exchange();
		assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(rejected).bodyJson().extractingPath("$.created").isEqualTo(0);
		assertThat(rejected).bodyJson().extractingPath("$.rejected[0].line").isEqualTo(3);
		assertThat(this.mvc.get().uri("/api/v1/assets").header("Authorization", token)).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();

		var validOnly = this.mvc.post()
			.uri("/api/v1/assets/import?validOnly=true")
			.header("Authorization", token)
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.exchange();
		assertThat(validOnly).hasStatusOk();
		assertThat(validOnly).bodyJson().extractingPath("$.created").isEqualTo(1);

		var export = this.mvc.get().uri("/api/v1/assets/export").header("Authorization", token).exchange();
		assertThat(export).hasStatusOk();
		assertThat(export).bodyText().startsWith("name,kind,assigned_to").contains("Good,laptop");
	}

	@Test
	void auditorsReadButCannotWrite() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String auditor = bearer(this.members.apiToken(this.members.colleague(officer, Role.AUDITOR)));
		String staff = bearer(this.members.apiToken(this.members.colleague(officer, Role.STAFF)));
		assertThat(this.mvc.get().uri("/api/v1/assets").header("Authorization", auditor)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/data-flows").header("Authorization", auditor)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/network-segments").header("Authorization", auditor)).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", auditor)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"X\", \"kind\": \"LAPTOP\"}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/api/v1/assets/import")
			.header("Authorization", auditor)
			.contentType("text/csv")
			.content("name,kind\nX,laptop\n")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/api/v1/network-segments")
			.header("Authorization", auditor)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Guest\", \"kind\": \"GUEST\"}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/api/v1/assets").header("Authorization", staff)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/api/v1/assets")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void dataFlowsAndSegmentsThroughTheApi() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = bearer(this.members.apiToken(officer));
		var segment = this.mvc.post()
			.uri("/api/v1/network-segments")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Guest Wi-Fi\", \"kind\": \"GUEST\", \"separated\": \"NO\"}")
			.exchange();
		assertThat(segment).hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.post()
			.uri("/api/v1/network-segments")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"guest wi-fi\", \"kind\": \"GUEST\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		var flow = this.mvc.post()
			.uri("/api/v1/data-flows")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fromType": "PATIENTS", "fromName": "Patients", "toType": "VENDOR", "toName": "Portal Inc",
					 "channel": "PORTAL", "encrypted": "UNKNOWN"}""")
			.exchange();
		assertThat(flow).hasStatus(HttpStatus.CREATED);
		assertThat(flow).bodyJson().extractingPath("$.to.name").isEqualTo("Portal Inc");
		assertThat(this.mvc.post()
			.uri("/api/v1/data-flows")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fromType\": \"ASSET\", \"toType\": \"VENDOR\", \"toName\": \"X\", \"channel\": \"EMAIL\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/findings").header("Authorization", token)).bodyJson()
			.extractingPath("$[*].ruleKey")
			.asArray()
			.contains(FindingRules.FLOW_UNENCRYPTED);
	}

}
