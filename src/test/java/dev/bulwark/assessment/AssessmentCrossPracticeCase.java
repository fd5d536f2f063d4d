package dev.bulwark.assessment;

import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Another practice's assessments, answers, decisions, risks and tasks, in pages and the
 * API: in the address, in query parameters (an assessment to list or compare with) and
 * inside JSON bodies (the victim's member as the owner of the attacker's new risk).
 * Foreign ids in the attacker's own forms are covered by
 * {@link AssessmentForeignIdsTests}.
 */
class AssessmentCrossPracticeCase implements CrossPracticeCase {

	private final TestMembers members;

	private final Assessments assessments;

	private final Risks risks;

	AssessmentCrossPracticeCase(TestMembers members, Assessments assessments, Risks risks) {
		this.members = members;
		this.assessments = assessments;
		this.risks = risks;
	}

	@Override
	public List<String> covers() {
		return List.of("/risks", "/risks/confirm-proposed", "/api/v1/risks", "/treatment-plan", "/assessments/{id}",
				"/assessments/{id}/profile", "/assessments/{id}/sections/{section}", "/assessments/{id}/mine",
				"/assessments/{id}/answers/{questionKey}", "/assessments/{id}/assignments", "/assessments/{id}/results",
				"/assessments/{id}/decisions", "/assessments/{id}/decisions/edit", "/assessments/{id}/decisions/all",
				"/assessments/{id}/review", "/assessments/{id}/submit", "/assessments/{id}/reopen",
				"/assessments/{id}/sign-off", "/assessments/{id}/compare", "/assessments/{id}/report.pdf",
				"/risks/{id}", "/risks/{id}/accept", "/risks/{id}/tasks", "/risks/{id}/tasks/{taskId}",
				"/risks/{id}/tasks/{taskId}/done", "/api/v1/assessments/{id}",
				"/api/v1/assessments/{id}/answers/{questionKey}", "/api/v1/assessments/{id}/profile",
				"/api/v1/assessments/{id}/decisions/{citation}", "/api/v1/assessments/{id}/submit",
				"/api/v1/assessments/{id}/sign-off", "/api/v1/assessments/{id}/report.pdf", "/api/v1/risks/{id}",
				"/assessments/{id}/scope", "/api/v1/assessments/{id}/scope");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		TestMember staff = this.members.colleague(victimOwner, Role.STAFF);
		UUID id = AssessmentFixtures.start(this.assessments, victimOwner).id();
		AssessmentFixtures.answer(this.assessments, victimOwner, id, "BAS-03", AnswerValue.NO);
		this.assessments.assign(AssessmentFixtures.actor(victimOwner), id,
				new AssignmentForm("BAS-01", null, staff.userId()));
		RiskDetails risk = this.risks.register(victimOwner.practiceId(), RiskFilter.none()).risks().get(0);
		UUID taskId = risk.tasks().get(0).id();
		Runnable unchanged = () -> {
			AssessmentDetails details = this.assessments.details(victimOwner.practiceId(), id);
			assertThat(details.summary().status()).isEqualTo(AssessmentStatus.DRAFT);
			assertThat(details.summary().answered()).isOne();
			assertThat(details.profile()).isEmpty();
			assertThat(details.openDecisions()).isEqualTo(details.decisions().size());
			assertThat(details.answers().get(0).assigneeId()).isEqualTo(staff.userId());
			assertThat(this.assessments.scopeForm(victimOwner.practiceId(), id).locations()).isNull();
			RiskDetails now = this.risks.details(victimOwner.practiceId(),
					this.risks.record(victimOwner.practiceId(), risk.id()));
			assertThat(now.title()).isEqualTo(risk.title());
			assertThat(now.status()).isEqualTo(RiskStatus.PROPOSED);
			assertThat(now.tasks()).hasSameSizeAs(risk.tasks());
			assertThat(now.tasks().get(0).done()).isFalse();
		};
		String riskJson = "{\"title\":\"Stolen\",\"likelihood\":\"LOW\",\"impact\":\"LOW\"}";
		return List.of(Attempt.of("open an assessment", get("/assessments/{id}", id), unchanged),
				Attempt.of("read the profile", get("/assessments/{id}/profile", id), unchanged),
				Attempt.of("change the profile",
						post("/assessments/{id}/profile", id).param("values[solo_practitioner]", "true"), unchanged),
				Attempt.of("read a section", get("/assessments/{id}/sections/{s}", id, "basics"), unchanged),
				Attempt.of("read assigned questions", get("/assessments/{id}/mine", id), unchanged),
				Attempt.of("answer a question",
						post("/assessments/{id}/answers/{q}", id, "BAS-03").param("answer", "YES"), unchanged),
				Attempt.of("assign questions",
						post("/assessments/{id}/assignments", id).param("questionKey", "BAS-01")
							.param("assigneeId", ""),
						unchanged),
				Attempt.of("read results", get("/assessments/{id}/results", id), unchanged),
				Attempt.of("read decisions", get("/assessments/{id}/decisions", id), unchanged),
				Attempt.of("open a decision",
						get("/assessments/{id}/decisions/edit", id).param("citation", "164.312(a)(2)(iii)"), unchanged),
				Attempt.of("record a decision",
						post("/assessments/{id}/decisions", id).param("citation", "164.312(a)(2)(iii)")
							.param("outcome", "IMPLEMENTED"),
						unchanged),
				Attempt.of("record all decisions",
						post("/assessments/{id}/decisions/all", id).param("rows[0].citation", "164.312(a)(2)(iii)")
							.param("rows[0].outcome", "PLANNED")
							.param("rows[0].plannedTaskId", taskId.toString()),
						unchanged),
				Attempt.of("open the review", get("/assessments/{id}/review", id), unchanged),
				Attempt.of("open the scope", get("/assessments/{id}/scope", id), unchanged),
				Attempt.of("change the scope", post("/assessments/{id}/scope", id).param("locations", "Elsewhere"),
						unchanged),
				Attempt.of("API: scope",
						json(put("/api/v1/assessments/{id}/scope", id), "{\"locations\":\"Elsewhere\"}"), unchanged),
				Attempt.of("submit", post("/assessments/{id}/submit", id), unchanged),
				Attempt.of("reopen", post("/assessments/{id}/reopen", id), unchanged),
				Attempt.of("sign off",
						post("/assessments/{id}/sign-off", id).param("name", "Mallory")
							.param("attest", "true")
							.param("acknowledgeIncomplete", "true"),
						unchanged),
				Attempt.of("compare", get("/assessments/{id}/compare", id), unchanged),
				Attempt.of("download the report", get("/assessments/{id}/report.pdf", id), unchanged),
				Attempt.of("read a risk", get("/risks/{id}", risk.id()), unchanged),
				Attempt.of("edit a risk",
						post("/risks/{id}", risk.id()).param("title", "Stolen")
							.param("likelihood", "LOW")
							.param("impact", "LOW"),
						unchanged),
				Attempt.of("accept a risk",
						post("/risks/{id}/accept", risk.id()).param("justification",
								"Accepted by someone from another practice entirely."),
						unchanged),
				Attempt.of("confirm proposed risks with the victim's member as owner",
						post("/risks/confirm-proposed").param("ownerId", staff.userId().toString())
							.param("dueDate", "2026-12-31"),
						unchanged),
				Attempt.of("add a task", post("/risks/{id}/tasks", risk.id()).param("title", "Injected"), unchanged),
				Attempt.of("complete a task",
						post("/risks/{id}/tasks/{task}", risk.id(), taskId).param("title", "Done")
							.param("done", "true"),
						unchanged),
				Attempt.of("mark a task done as if its owner",
						post("/risks/{id}/tasks/{task}/done", risk.id(), taskId).param("returnTo", "plan"), unchanged),
				Attempt.of("API: read an assessment", get("/api/v1/assessments/{id}", id), unchanged),
				Attempt.of("API: answer",
						json(put("/api/v1/assessments/{id}/answers/{q}", id, "BAS-03"), "{\"answer\":\"YES\"}"),
						unchanged),
				Attempt.of("API: profile",
						json(put("/api/v1/assessments/{id}/profile", id),
								"{\"values\":{\"solo_practitioner\":\"true\"}}"),
						unchanged),
				Attempt.of("API: decision",
						json(put("/api/v1/assessments/{id}/decisions/{c}", id, "164.312(a)(2)(iii)"),
								"{\"outcome\":\"IMPLEMENTED\"}"),
						unchanged),
				Attempt.of("API: submit", post("/api/v1/assessments/{id}/submit", id), unchanged),
				Attempt.of("API: sign off",
						json(post("/api/v1/assessments/{id}/sign-off", id),
								"{\"name\":\"Mallory\",\"attest\":true,\"acknowledgeIncomplete\":true}"),
						unchanged),
				Attempt.of("API: report", get("/api/v1/assessments/{id}/report.pdf", id), unchanged),
				Attempt.of("API: read a risk", get("/api/v1/risks/{id}", risk.id()), unchanged),
				Attempt.of("API: update a risk", json(put("/api/v1/risks/{id}", risk.id()), riskJson), unchanged),
				Attempt.of("API: list risks of the assessment",
						get("/api/v1/risks").param("assessmentId", id.toString()), unchanged),
				Attempt.of("open a task", get("/risks/{id}/tasks/{task}", risk.id(), taskId), unchanged),
				Attempt.of("list the register of the assessment", get("/risks").param("assessment", id.toString()),
						unchanged),
				Attempt.of("open the treatment plan of the assessment", get("/treatment-plan").param("assessment",
						id.toString()), unchanged),
				Attempt.of("API: a new risk owned by the practice's member",
						json(post("/api/v1/risks"), "{\"title\":\"Owned elsewhere\",\"likelihood\":\"LOW\","
								+ "\"impact\":\"LOW\",\"ownerId\":\"" + staff.userId() + "\"}"),
						() -> {
							unchanged.run();
							assertThat(this.risks.possibleOwners(victimOwner.practiceId()))
								.extracting(dev.bulwark.identity.MemberSummary::userId)
								.contains(staff.userId());
						}));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
