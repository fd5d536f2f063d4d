package dev.bulwark.policies;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/policies} with personal tokens: the whole life of a policy, field
 * errors, conflicts and roles.
 */
@BulwarkIntegrationTest
class PolicyApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private MvcTestResult post(String token, String uri, String json) {
		return this.mvc.post()
			.uri(uri)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), java.time.ZoneId.systemDefault());
	}

	@Test
	void adoptsApprovesPublishesRevisesComparesAndAcknowledges() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		String token = bearer(this.members.apiToken(officer));
		String staffToken = bearer(this.members.apiToken(staff));

		MvcTestResult created = post(token, "/api/v1/policies", "{\"templateKey\": \"workstation-security\"}");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.title").isEqualTo("Workstation use and security");
		assertThat(created).bodyJson().extractingPath("$.versions[0].status").isEqualTo("DRAFT");
		String body = created.getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String v1 = JsonPath.read(body, "$.versions[0].id");
		String today = JsonPath.read(body, "$.versions[0].createdOn");

		assertThat(post(token, "/api/v1/policies/" + id + "/versions/" + v1 + "/publish", "{}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Approve it first.");
		assertThat(post(token, "/api/v1/policies/" + id + "/versions/" + v1 + "/approve",
				"{\"approverName\": \"Dana Reyes\", \"approvedOn\": \"" + today + "\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.versions[0].approvedByName")
			.isEqualTo("Dana Reyes");
		assertThat(post(token, "/api/v1/policies/" + id + "/versions/" + v1 + "/publish", "{}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.versions[0].status")
			.isEqualTo("CURRENT");

		assertThat(this.mvc.get().uri("/api/v1/policies/mine").header("Authorization", staffToken)).bodyJson()
			.extractingPath("$[*].title")
			.asArray()
			.containsExactly("Workstation use and security");
		assertThat(post(staffToken, "/api/v1/policies/" + id + "/acknowledge", "{\"versionId\": \"" + v1 + "\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.versionNumber")
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/v1/policies/mine").header("Authorization", staffToken)).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();

		MvcTestResult revised = post(token, "/api/v1/policies/" + id + "/versions",
				"{\"content\": \"## Purpose\\n\\nLock screens always.\", \"changeNote\": \"Shorter\"}");
		assertThat(revised).hasStatus(HttpStatus.CREATED);
		String v2 = JsonPath.read(revised.getResponse().getContentAsString(), "$.versions[0].id");
		assertThat(post(token, "/api/v1/policies/" + id + "/versions", "{}")).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.put()
			.uri("/api/v1/policies/" + id + "/versions/" + v2)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Workstations\", \"content\": \"## Purpose\\n\\nLock screens, always.\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Workstations");
		post(token, "/api/v1/policies/" + id + "/versions/" + v2 + "/approve",
				"{\"approverName\": \"Dana Reyes\", \"approvedOn\": \"" + today + "\"}");
		assertThat(
				post(token, "/api/v1/policies/" + id + "/versions/" + v2 + "/publish", "{\"significantChange\": true}"))
			.bodyJson()
			.extractingPath("$.versions[1].status")
			.isEqualTo("SUPERSEDED");

		assertThat(this.mvc.get()
			.uri("/api/v1/policies/" + id + "/compare?from=" + v1 + "&to=" + v2)
			.header("Authorization", token)).hasStatusOk().bodyJson().extractingPath("$.changed").isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/v1/policies/" + id + "/acknowledgements").header("Authorization", token))
			.bodyJson()
			.extractingPath("$[?(@.userId == '" + staff.userId() + "')].pending")
			.asArray()
			.containsExactly(true);
		assertThat(this.mvc.get()
			.uri("/api/v1/policies/acknowledgements?person=" + staff.userId())
			.header("Authorization", token)).bodyJson().extractingPath("$[0].again").isEqualTo(true);
		assertThat(this.mvc.delete().uri("/api/v1/policies/" + id + "/versions/" + v1).header("Authorization", token))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("must be kept until");
		assertThat(post(token, "/api/v1/policies/" + id + "/reviews", "{\"reviewedOn\": \"" + today + "\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.get().uri("/api/v1/policies/" + id + "/reviews").header("Authorization", token)).bodyJson()
			.extractingPath("$[0].changesNeeded")
			.isEqualTo(false);

		MvcTestResult list = this.mvc.get()
			.uri("/api/v1/policies?kind=POLICY")
			.header("Authorization", token)
			.exchange();
		assertThat(list).headers().hasValue("X-Total-Count", "1");
		assertThat(list).bodyJson().extractingPath("$[0].currentVersion").isEqualTo(2);
		assertThat(this.mvc.get().uri("/api/v1/policies/templates").header("Authorization", token)).bodyJson()
			.extractingPath("$[?(@.key == 'workstation-security')].adopted")
			.asArray()
			.containsExactly(true);
		assertThat(post(token, "/api/v1/policies/" + id + "/retire", "")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.versions[0].status")
			.isEqualTo("RETIRED");
	}

	@Test
	void badInputGetsFieldErrors() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = bearer(this.members.apiToken(officer));
		assertThat(post(token, "/api/v1/policies", "{\"templateKey\": \"nope\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.templateKey")
			.isEqualTo("That template does not exist.");
		MvcTestResult created = post(token, "/api/v1/policies", "{\"title\": \"Clean desk\"}");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		String v1 = JsonPath.read(created.getResponse().getContentAsString(), "$.versions[0].id");
		assertThat(this.mvc.put()
			.uri("/api/v1/policies/" + id + "/versions/" + v1)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\", \"content\": \" \"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors")
			.isEqualTo(java.util.Map.of("title", "Give the document a title.", "content",
					"Write the text of the document."));
		assertThat(post(token, "/api/v1/policies/" + id + "/versions/" + v1 + "/approve",
				"{\"approverName\": \"Dana\", \"approvedOn\": \"" + today().plusDays(5) + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.approvedOn")
			.isEqualTo("The approval date cannot be in the future.");
		assertThat(post(token, "/api/v1/policies/" + id + "/acknowledge", "{}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.versionId")
			.isEqualTo("Say which version you read.");
		assertThat(this.mvc.get().uri("/api/v1/policies/acknowledgements").header("Authorization", token))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.person")
			.isEqualTo("Say whose acknowledgements to list.");
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		assertThat(this.mvc.get()
			.uri("/api/v1/policies/acknowledgements?person=" + auditor.userId())
			.header("Authorization", token)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.person")
			.isEqualTo("That person does not acknowledge policies: their role does not, or their account is inactive.");
		assertThat(this.mvc.get().uri("/api/v1/policies?page=-3").header("Authorization", token))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.delete().uri("/api/v1/policies/" + id + "/versions/" + v1).header("Authorization", token))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/policies/" + id).header("Authorization", token))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void staffAndAuditorsCannotChangePolicies() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		assertThat(post(bearer(this.members.apiToken(staff)), "/api/v1/policies", "{\"templateKey\": \"sanctions\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(bearer(this.members.apiToken(auditor)), "/api/v1/policies", "{\"templateKey\": \"sanctions\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(
				this.mvc.get().uri("/api/v1/policies").header("Authorization", bearer(this.members.apiToken(auditor))))
			.hasStatusOk();
	}

	@Test
	void versionsAndPeopleOfAnotherPracticeAreUnknown() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = bearer(this.members.apiToken(officer));
		String theirs = bearer(this.members.apiToken(other));
		String own = JsonPath.read(
				post(token, "/api/v1/policies", "{\"templateKey\": \"integrity\"}").getResponse().getContentAsString(),
				"$.id");
		String ownVersion = JsonPath.read(this.mvc.get()
			.uri("/api/v1/policies/" + own)
			.header("Authorization", token)
			.exchange()
			.getResponse()
			.getContentAsString(), "$.versions[0].id");
		String foreignVersion = JsonPath.read(
				post(theirs, "/api/v1/policies", "{\"templateKey\": \"integrity\"}").getResponse().getContentAsString(),
				"$.versions[0].id");
		assertThat(this.mvc.get()
			.uri("/api/v1/policies/" + own + "/compare?from=" + foreignVersion + "&to=" + ownVersion)
			.header("Authorization", token)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.from")
			.isEqualTo("That version does not exist in this practice.");
		assertThat(
				post(token, "/api/v1/policies/" + own + "/acknowledge", "{\"versionId\": \"" + foreignVersion + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.versionId")
			.isEqualTo("That version does not exist in this practice.");
		assertThat(this.mvc.get()
			.uri("/api/v1/policies/acknowledgements?person=" + other.userId())
			.header("Authorization", token)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.person")
			.isEqualTo("That person is not a member of this practice.");
		assertThat(this.mvc.get().uri("/policies/" + own + "/pdf?version=" + foreignVersion).with(officer.signedIn()))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/policies/" + own + "/versions/" + foreignVersion).with(officer.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/policies/" + own + "/acknowledge")
			.param("versionId", foreignVersion)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("That version does not exist in this practice.");
		assertThat(this.mvc.get().uri("/api/v1/policies/" + own + "/acknowledgements").header("Authorization", token))
			.bodyJson()
			.extractingPath("$[*].versionNumber")
			.asArray()
			.containsOnlyNulls();
	}

}
