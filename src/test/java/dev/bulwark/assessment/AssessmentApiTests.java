package dev.bulwark.assessment;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trips through /api/v1/assessments and /api/v1/risks with a personal API token.
 */
@BulwarkIntegrationTest
class AssessmentApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAssessmentGoesFromStartToSignedOffReportThroughTheApi() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = this.members.apiToken(officer);

		MvcTestResult created = send(token, "POST", "/api/v1/assessments", "{\"title\":\"API assessment\"}");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String id = JsonPath.read(body(created), "$.id");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/assessments/" + id);
		assertThat(send(token, "POST", "/api/v1/assessments", "{}")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("already under way");

		assertThat(send(token, "PUT", "/api/v1/assessments/" + id + "/profile",
				"{\"values\":{\"solo_practitioner\":\"true\",\"workforce_size\":\"1\"}}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.solo_practitioner")
			.isEqualTo("true");
		assertThat(send(token, "PUT", "/api/v1/assessments/" + id + "/profile",
				"{\"values\":{\"workforce_size\":\"lots\"}}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors['values[workforce_size]']")
			.isEqualTo("Enter a whole number, for example 6.");

		MvcTestResult answered = send(token, "PUT", "/api/v1/assessments/" + id + "/answers/TEC-10",
				"{\"answer\":\"NO\",\"notes\":\"Only on e-mail\",\"flagged\":true}");
		assertThat(answered).hasStatusOk();
		assertThat((String) JsonPath.read(body(answered), "$.answer")).isEqualTo("NO");
		assertThat((Boolean) JsonPath.read(body(answered), "$.flagged")).isTrue();
		assertThat(
				send(token, "PUT", "/api/v1/assessments/" + id + "/answers/TEC-10", "{\"answer\":\"NOT_APPLICABLE\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.notApplicableReason")
			.isEqualTo("Say why this question does not apply to your practice.");
		assertThat(send(token, "PUT", "/api/v1/assessments/" + id + "/answers/NOPE-99", "{\"answer\":\"YES\"}"))
			.hasStatus(HttpStatus.NOT_FOUND);

		MvcTestResult read = get(token, "/api/v1/assessments/" + id);
		assertThat(read).hasStatusOk();
		java.util.List<String> answers = JsonPath.read(body(read), "$.answers[?(@.questionKey=='TEC-10')].answer");
		assertThat(answers).containsExactly("NO");
		java.util.List<String> reasons = JsonPath.read(body(read),
				"$.answers[?(@.questionKey=='WF-02')].profileReason");
		assertThat(reasons).singleElement().asString().contains("work alone");

		MvcTestResult risks = get(token, "/api/v1/risks?status=PROPOSED");
		assertThat(risks).hasStatusOk();
		String riskId = JsonPath.read(body(risks), "$[0].id");
		assertThat((String) JsonPath.read(body(risks), "$[0].level")).isNotBlank();
		MvcTestResult updated = send(token, "PUT", "/api/v1/risks/" + riskId,
				"{\"title\":\"No MFA on e-mail\",\"likelihood\":\"HIGH\",\"impact\":\"HIGH\",\"treatment\":\"MITIGATE\","
						+ "\"ownerId\":\"" + officer.userId() + "\",\"dueDate\":\"2027-02-01\"}");
		assertThat(updated).hasStatusOk();
		assertThat((String) JsonPath.read(body(updated), "$.status")).isEqualTo("OPEN");
		assertThat((String) JsonPath.read(body(updated), "$.level")).isEqualTo("CRITICAL");
		assertThat(send(token, "PUT", "/api/v1/risks/" + riskId,
				"{\"title\":\"No MFA on e-mail\",\"likelihood\":\"VERY_HIGH\",\"impact\":\"HIGH\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(send(token, "PUT", "/api/v1/risks/" + riskId, "{\"likelihood\":\"HIGH\",\"impact\":\"HIGH\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.title")
			.isEqualTo("Give the risk a short title.");

		MvcTestResult manual = send(token, "POST", "/api/v1/risks",
				"{\"title\":\"Receptionist's sticky notes\",\"likelihood\":\"MODERATE\",\"impact\":\"LOW\","
						+ "\"treatment\":\"ACCEPT\",\"justification\":\"Notes hold no patient data; we checked every desk.\"}");
		assertThat(manual).hasStatus(HttpStatus.CREATED);
		assertThat((String) JsonPath.read(body(manual), "$.status")).isEqualTo("ACCEPTED");
		String manualId = JsonPath.read(body(manual), "$.id");
		assertThat(get(token, "/api/v1/risks/" + manualId)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.acceptedByName")
			.isEqualTo("Test Security officer");

		assertThat(send(token, "PUT", "/api/v1/assessments/" + id + "/decisions/164.312(a)(2)(iv)",
				"{\"outcome\":\"NOT_REASONABLE\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(send(token, "PUT", "/api/v1/assessments/" + id + "/decisions/164.312(a)(2)(iv)",
				"{\"outcome\":\"ALTERNATIVE\",\"alternative\":\"Data stays in the vendor's encrypted cloud.\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.outcome")
			.isEqualTo("ALTERNATIVE");

		assertThat(send(token, "POST", "/api/v1/assessments/" + id + "/submit", "")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("IN_REVIEW");
		assertThat(send(token, "POST", "/api/v1/assessments/" + id + "/sign-off",
				"{\"name\":\"Morgan Lee\",\"attest\":true}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.acknowledgeIncomplete")
			.isNotNull();
		assertThat(send(token, "POST", "/api/v1/assessments/" + id + "/sign-off",
				"{\"name\":\"Morgan Lee\",\"attest\":true,\"acknowledgeIncomplete\":true}"))
			.as("another name than the signed-in account's")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.name")
			.asString()
			.contains(officer.displayName());
		assertThat(send(token, "POST", "/api/v1/assessments/" + id + "/sign-off",
				"{\"name\":\"" + officer.displayName() + "\",\"attest\":true,\"acknowledgeIncomplete\":true}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SIGNED_OFF");

		MvcTestResult frozen = send(token, "PUT", "/api/v1/assessments/" + id + "/answers/TEC-10",
				"{\"answer\":\"YES\"}");
		assertThat(frozen).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("signed off and is frozen");
		assertThat(send(token, "PUT", "/api/v1/assessments/" + id + "/profile", "{\"values\":{}}"))
			.hasStatus(HttpStatus.CONFLICT);

		MvcTestResult pdf = get(token, "/api/v1/assessments/" + id + "/report.pdf");
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		assertThat(get(token, "/api/v1/assessments")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].signedOffName")
			.isEqualTo(officer.displayName());
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where practice_id = :p and action in "
					+ "('assessment.viewed', 'risk-register.viewed', 'risk.viewed', 'assessment.report-downloaded', "
					+ "'risk.accepted', 'assessment.signed-off')")
			.param("p", officer.practiceId())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void anotherPracticesAssessmentLooksMissing() {
		TestMember victim = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember attacker = this.members.newPractice(Role.SECURITY_OFFICER);
		String victimToken = this.members.apiToken(victim);
		MvcTestResult created = send(victimToken, "POST", "/api/v1/assessments", "{}");
		String id = JsonPath.read(body(created), "$.id");
		String attackerToken = this.members.apiToken(attacker);
		MvcTestResult read = get(attackerToken, "/api/v1/assessments/" + id);
		MvcTestResult missing = get(attackerToken, "/api/v1/assessments/" + UUID.randomUUID());
		assertThat(read).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
		assertThat((String) JsonPath.read(body(read), "$.detail")).isEqualTo(JsonPath.read(body(missing), "$.detail"))
			.doesNotContain(id);
	}

	private MvcTestResult get(String token, String uri) {
		return this.mvc.get().uri(uri).header("Authorization", "Bearer " + token).exchange();
	}

	private MvcTestResult send(String token, String method, String uri, String json) {
		var request = switch (method) {
			case "POST" -> this.mvc.post();
			case "PUT" -> this.mvc.put();
			default -> throw new IllegalArgumentException(method);
		};
		return request.uri(uri)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
