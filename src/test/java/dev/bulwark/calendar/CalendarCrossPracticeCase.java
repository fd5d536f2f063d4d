package dev.bulwark.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calendar items of another practice by their addresses (pages and API), their evidence,
 * the victim's people as task owners in the attacker's own requests, and the victim's
 * practice in a feed address.
 */
class CalendarCrossPracticeCase implements CrossPracticeCase {

	private final Tasks tasks;

	private final EvidenceStore evidence;

	private final JdbcClient jdbc;

	CalendarCrossPracticeCase(Tasks tasks, EvidenceStore evidence, JdbcClient jdbc) {
		this.tasks = tasks;
		this.evidence = evidence;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/tasks/{id}", "/tasks/{id}/complete", "/tasks/{id}/reschedule", "/tasks/{id}/evidence",
				"/tasks/{id}/evidence/{evidenceId}/download", "/api/v1/tasks/{id}", "/api/v1/tasks/{id}/complete",
				"/api/v1/tasks/{id}/reschedule", "/api/v1/tasks/{id}/evidence",
				"/calendar/feed/{practiceId}/{secret}.ics", "/tasks", "/api/v1/tasks");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		Actor victim = victimOwner.actor();
		UUID practiceId = victimOwner.practiceId();
		LocalDate due = LocalDate.of(2031, 3, 31);
		TaskSummary task = this.tasks.add(victim, new TaskForm("Victim task", null, due, null, Repeat.YEARLY));
		this.tasks.addEvidence(victim, task.id(), "Victim evidence",
				EvidenceContent.of("victim.txt", "secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		UUID evidenceId = this.evidence.forOwner(practiceId, EvidenceOwner.of("task", task.id())).get(0).id();
		UUID id = task.id();
		Runnable unchanged = () -> {
			TaskSummary now = this.tasks.get(victim, id);
			assertThat(now.open()).isTrue();
			assertThat(now.dueOn()).isEqualTo(due);
			assertThat(this.evidence.forOwner(practiceId, EvidenceOwner.of("task", id))).hasSize(1);
			assertThat(this.jdbc.sql("select count(*) from cal_item where practice_id <> :p and owner_user_id = :u")
				.param("p", practiceId)
				.param("u", victimOwner.userId())
				.query(Long.class)
				.single()).as("no task elsewhere is given to the victim's people").isZero();
		};
		return List.of(Attempt.of("read a task", get("/tasks/{id}", id), unchanged),
				Attempt.of("complete a task", post("/tasks/{id}/complete", id).param("note", "Stolen"), unchanged),
				Attempt.of("reschedule a task", post("/tasks/{id}/reschedule", id).param("dueOn", "2030-01-01"),
						unchanged),
				Attempt.of("add evidence to a task",
						post("/tasks/{id}/evidence", id).contentType(MediaType.MULTIPART_FORM_DATA)
							.param("title", "Stolen"),
						unchanged),
				Attempt.of("download a task's evidence", get("/tasks/{id}/evidence/{e}/download", id, evidenceId),
						unchanged),
				Attempt.of("read a task by API", get("/api/v1/tasks/{id}", id), unchanged),
				Attempt.of("complete a task by API",
						post("/api/v1/tasks/{id}/complete", id).contentType(MediaType.APPLICATION_JSON).content("{}"),
						unchanged),
				Attempt.of("reschedule a task by API",
						post("/api/v1/tasks/{id}/reschedule", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"dueOn\": \"2030-01-01\"}"),
						unchanged),
				Attempt.of("add evidence by API",
						post("/api/v1/tasks/{id}/evidence", id).contentType(MediaType.MULTIPART_FORM_DATA)
							.param("title", "Stolen"),
						unchanged),
				Attempt.of("give one's own task to a victim's person on the page",
						post("/tasks").param("title", "x")
							.param("dueOn", "2031-01-01")
							.param("ownerUserId", victimOwner.userId().toString()),
						unchanged),
				Attempt.of("give one's own task to a victim's person by API",
						post("/api/v1/tasks").contentType(MediaType.APPLICATION_JSON)
							.content("{\"title\": \"x\", \"dueOn\": \"2031-01-01\", \"ownerUserId\": \""
									+ victimOwner.userId() + "\"}"),
						unchanged),
				Attempt.of("read a feed in the victim's practice",
						get("/calendar/feed/{p}/{s}.ics", practiceId, "A".repeat(43)), unchanged));
	}

}
