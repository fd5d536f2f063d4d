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
	void listsArePagedWithTheTotalInAHeader() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = bearer(this.members.apiToken(officer));
		StringBuilder csv = new StringBuilder("name,kind\n");
		for (int i = 0; i < 105; i++) {
			csv.append(String.format("PC %03d,workstation%n", i));
		}
		assertThat(this.mvc.post()
			.uri("/api/v1/assets/import")
			.header("Authorization", token)
			.contentType("text/csv")
			.content(csv.toString().getBytes(StandardCharsets.UTF_8))).hasStatusOk();
		var first = this.mvc.get().uri("/api/v1/assets").header("Authorization", token).exchange();
		assertThat(first).hasStatusOk().hasHeader("X-Total-Count", "105");
		assertThat(first).bodyJson().extractingPath("$").asArray().hasSize(100);
		assertThat(first).bodyJson().extractingPath("$[0].name").isEqualTo("PC 000");
		var second = this.mvc.get().uri("/api/v1/assets?page=1").header("Authorization", token).exchange();
		assertThat(second).bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.containsExactly("PC 100", "PC 101", "PC 102", "PC 103", "PC 104");
		assertThat(this.mvc.get().uri("/api/v1/findings").header("Authorization", token)).hasStatusOk()
			.hasHeader("X-Total-Count", "1");
		assertThat(this.mvc.get().uri("/api/v1/data-flows").header("Authorization", token)).hasStatusOk()
			.hasHeader("X-Total-Count", "0");
		assertThat(this.mvc.get().uri("/api/v1/network-segments").header("Authorization", token)).hasStatusOk()
			.hasHeader("X-Total-Count", "0");
	}

	@Test
	void pagesOutOfRangeAnswer400NotAnOverflow() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = bearer(this.members.apiToken(officer));
		for (String address : new String[] { "/api/v1/assets?page=21474837", "/api/v1/assets?page=-1",
				"/api/v1/findings?page=21474837", "/api/v1/findings?page=-1", "/api/v1/data-flows?page=-1",
				"/api/v1/network-segments?page=21474837" }) {
			var result = this.mvc.get().uri(address).header("Authorization", token).exchange();
			assertThat(result).as(address).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(result).bodyJson()
				.extractingPath("$.errors.page")
				.isEqualTo("The page number must be between 0 and 100,000.");
		}
		assertThat(this.mvc.get().uri("/api/v1/findings?status=BOGUS").header("Authorization", token))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.status")
			.isEqualTo("This value is not valid here.");
		assertThat(this.mvc.get()
			.uri("/api/v1/assets?segment=" + java.util.UUID.randomUUID())
			.header("Authorization", token)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.segment")
			.isEqualTo("That network segment does not exist in this practice.");
	}

	@Test
	void jsonTextIsStrippedAndBlankIsNothing() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var created = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", bearer(this.members.apiToken(officer)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\": \"  Front PC \", \"kind\": \"WORKSTATION\", \"assignedTo\": \"  \", \"macAddress\": \"\"}")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("Front PC");
		assertThat(created).bodyJson().extractingPath("$.assignedTo").isNull();
		assertThat(created).bodyJson().extractingPath("$.macAddress").isNull();
	}

	@Test
	void badValuesInABodyAreFieldErrorsAndStateConflictsAre409() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = bearer(this.members.apiToken(officer));
		var wrongDate = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"PC\", \"kind\": \"WORKSTATION\", \"purchaseDate\": \"31/12/2025\"}")
			.exchange();
		assertThat(wrongDate).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(wrongDate).bodyJson().extractingPath("$.errors.purchaseDate").isNotNull();
		assertThat(wrongDate).bodyText().doesNotContain("java.time").doesNotContain("Exception");

		var future = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"PC\", \"kind\": \"WORKSTATION\", \"purchaseDate\": \""
					+ java.time.LocalDate.now().plusDays(2) + "\"}")
			.exchange();
		assertThat(future).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(future).bodyJson()
			.extractingPath("$.errors.purchaseDate")
			.isEqualTo("The purchase date cannot be in the future.");

		var created = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Old laptop\", \"kind\": \"LAPTOP\"}")
			.exchange();
		String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		String retire = "{\"disposedOn\": \"2025-01-02\", \"disposalMethod\": \"Shredded\", \"disposedBy\": \"Pat\"}";
		assertThat(this.mvc.post()
			.uri("/api/v1/assets/{id}/retire", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(retire)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("DISPOSED");
		var again = this.mvc.post()
			.uri("/api/v1/assets/{id}/retire", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(retire)
			.exchange();
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(again).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("This asset was already disposed of on 2025-01-02.");
		var backInUse = this.mvc.put()
			.uri("/api/v1/assets/{id}", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Old laptop\", \"kind\": \"LAPTOP\", \"status\": \"IN_USE\"}")
			.exchange();
		assertThat(backInUse).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(backInUse).bodyJson()
			.extractingPath("$.errors.status")
			.asString()
			.startsWith("This asset was disposed of");
	}

	@Test
	void aCsvFileThatIsNotUtf8OrHasANulByteIsReportedNotA500() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = bearer(this.members.apiToken(officer));
		byte[] neither = { 'n', 'a', 'm', 'e', '\n', 'P', 'C', (byte) 0x81, (byte) 0xC3, '\n' };
		var notUtf8 = this.mvc.post()
			.uri("/api/v1/assets/import")
			.header("Authorization", token)
			.contentType("text/csv")
			.content(neither)
			.exchange();
		assertThat(notUtf8).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(notUtf8).bodyJson()
			.extractingPath("$.rejected[0].reason")
			.asString()
			.startsWith("The file is neither UTF-8 nor Windows text");
		var nul = this.mvc.post()
			.uri("/api/v1/assets/import?validOnly=true")
			.header("Authorization", token)
			.contentType("text/csv")
			.content("name,kind\nGood,laptop\nBad\u0000,laptop\n".getBytes(StandardCharsets.UTF_8))
			.exchange();
		assertThat(nul).hasStatusOk();
		assertThat(nul).bodyJson().extractingPath("$.rejected[0].line").isEqualTo(3);
		assertThat(this.mvc.get().uri("/api/v1/assets").header("Authorization", token)).hasHeader("X-Total-Count", "1");
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
