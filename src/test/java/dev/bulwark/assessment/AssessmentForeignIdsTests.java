package dev.bulwark.assessment;

import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Ids of another practice inside the forms and JSON bodies of one's own records: a
 * question assigned to, or a risk or task owned by, a member of another practice; another
 * practice's assessment to compare with, or its task under one's own risk. Each is
 * refused (400 with the field named, or 404) and nothing changes on either side.
 */
@BulwarkIntegrationTest
class AssessmentForeignIdsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Autowired
	Risks risks;

	private TestMember officer;

	private TestMember foreigner;

	private UUID assessmentId;

	private RiskDetails risk;

	private UUID foreignAssessmentId;

	private UUID foreignTaskId;

	@BeforeEach
	void twoPractices() {
		this.officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.assessmentId = AssessmentFixtures.start(this.assessments, this.officer).id();
		AssessmentFixtures.answer(this.assessments, this.officer, this.assessmentId, "BAS-03", AnswerValue.NO);
		this.risk = this.risks.unaudited(this.officer.practiceId(), RiskFilter.none()).risks().get(0);

		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		this.foreigner = this.members.colleague(other, Role.STAFF);
		this.foreignAssessmentId = AssessmentFixtures.start(this.assessments, other).id();
		AssessmentFixtures.answer(this.assessments, other, this.foreignAssessmentId, "BAS-03", AnswerValue.NO);
		this.foreignTaskId = this.risks.unaudited(other.practiceId(), RiskFilter.none())
			.risks()
			.get(0)
			.tasks()
			.get(0)
			.id();
	}

	@Test
	void aQuestionCannotBeAssignedToAMemberOfAnotherPractice() {
		MvcTestResult assigned = post("/assessments/" + this.assessmentId + "/assignments", "questionKey", "BAS-01",
				"assigneeId", this.foreigner.userId().toString());
		assertThat(assigned).hasRedirectedUrl("/assessments/" + this.assessmentId + "/sections/basics#q-BAS-01")
			.flash()
			.containsEntry("error", "Nothing was assigned: Choose someone from your practice.");
		assertThat(this.assessments.details(this.officer.practiceId(), this.assessmentId).answers())
			.allMatch((answer) -> answer.assigneeId() == null);
	}

	@Test
	void aRiskOrATaskCannotBeOwnedByAMemberOfAnotherPractice() {
		MvcTestResult task = post("/risks/" + this.risk.id() + "/tasks", "title", "Injected", "ownerId",
				this.foreigner.userId().toString());
		assertThat(task).hasStatusOk().hasViewName("assessment/risk");
		assertThat(AssessmentPagesTests.fieldError(task, "task", "ownerId"))
			.isEqualTo("Choose someone from your practice.");

		MvcTestResult owned = post("/risks/" + this.risk.id(), "title", this.risk.title(), "likelihood", "HIGH",
				"impact", "HIGH", "ownerId", this.foreigner.userId().toString());
		assertThat(owned).hasStatusOk().hasViewName("assessment/risk");
		assertThat(AssessmentPagesTests.fieldError(owned, "form", "ownerId"))
			.isEqualTo("Choose someone from your practice.");

		String token = this.members.apiToken(this.officer);
		assertThat(json(token, "PUT", "/api/v1/risks/" + this.risk.id(),
				"{\"title\":\"Renamed\",\"likelihood\":\"LOW\"," + "\"impact\":\"LOW\",\"ownerId\":\""
						+ this.foreigner.userId() + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.ownerId")
			.isEqualTo("Choose someone from your practice.");
		assertThat(json(token, "POST", "/api/v1/risks", "{\"title\":\"Elsewhere\",\"likelihood\":\"LOW\","
				+ "\"impact\":\"LOW\",\"ownerId\":\"" + this.foreigner.userId() + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);

		RiskDetails now = this.risks.details(this.officer.practiceId(),
				this.risks.record(this.officer.practiceId(), this.risk.id()));
		assertThat(now.title()).isEqualTo(this.risk.title());
		assertThat(now.ownerId()).isNull();
		assertThat(now.tasks()).hasSameSizeAs(this.risk.tasks());
		assertThat(this.risks.unaudited(this.officer.practiceId(), RiskFilter.none()).risks()).hasSize(1);
	}

	@Test
	void anotherPracticesAssessmentOrTaskInTheAddressOrAParameterIsNotFound() {
		assertThat(get("/assessments/" + this.assessmentId + "/compare?with=" + this.foreignAssessmentId))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/risks?assessment=" + this.foreignAssessmentId)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/risks/" + this.risk.id() + "/tasks/" + this.foreignTaskId)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post("/risks/" + this.risk.id() + "/tasks/" + this.foreignTaskId, "title", "Done", "done", "true"))
			.hasStatus(HttpStatus.NOT_FOUND);
		String token = this.members.apiToken(this.officer);
		assertThat(this.mvc.get()
			.uri("/api/v1/risks?assessmentId=" + this.foreignAssessmentId)
			.header("Authorization", "Bearer " + token)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.risks
			.details(this.officer.practiceId(), this.risks.record(this.officer.practiceId(), this.risk.id()))
			.tasks()).noneMatch(TreatmentTask::done);
	}

	@Test
	void theOwnersOfferedAreThePracticesOwnPeople() {
		List<UUID> owners = this.risks.possibleOwners(this.officer.practiceId())
			.stream()
			.map(dev.bulwark.identity.MemberSummary::userId)
			.toList();
		assertThat(owners).contains(this.officer.userId()).doesNotContain(this.foreigner.userId());
		assertThat(get("/risks/" + this.risk.id())).hasStatusOk()
			.bodyText()
			.doesNotContain(this.foreigner.userId().toString());
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(this.officer.signedIn()).exchange();
	}

	private MvcTestResult post(String uri, String... pairs) {
		var request = this.mvc.post().uri(uri).with(csrf()).with(this.officer.signedIn());
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			request = request.param(pairs[i], pairs[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult json(String token, String method, String uri, String body) {
		var request = "PUT".equals(method) ? this.mvc.put() : this.mvc.post();
		return request.uri(uri)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
