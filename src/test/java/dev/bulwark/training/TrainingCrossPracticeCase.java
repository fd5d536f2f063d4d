package dev.bulwark.training;

import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Training records of another practice: a member's quiz attempt and its certificate by
 * their addresses, and the other practice's people inside the attacker's own assignment
 * requests (JSON body: 400, like an unknown person; the page form shows the same message
 * next to the field, see {@code TrainingPageTests}). Module keys in addresses
 * ({@code /training/modules/{key}}) name catalog content every practice shares, not
 * records: an attempt posted there is the attacker's own, in the attacker's practice,
 * which the last check confirms.
 */
class TrainingCrossPracticeCase implements CrossPracticeCase {

	private final Training training;

	private final TestMembers members;

	private final JdbcClient jdbc;

	private final OutsideTrainings outside;

	private final SecurityReminders reminders;

	TrainingCrossPracticeCase(Training training, TestMembers members, JdbcClient jdbc, OutsideTrainings outside,
			SecurityReminders reminders) {
		this.reminders = reminders;
		this.outside = outside;
		this.training = training;
		this.members = members;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/training/attempts/{id}", "/training/attempts/{id}/certificate",
				"/api/v1/training/records/{id}",
				// Catalog keys, not records (see the class comment).
				"/training/modules/{key}", "/training/modules/{key}/attempts", "/api/v1/training/modules/{key}",
				"/api/v1/training/modules/{key}/attempts", "/training/assignments", "/api/v1/training/assignments",
				"/training/outside", "/training/outside/{id}", "/training/outside/{id}/certificates",
				"/training/outside/{id}/certificates/{evidenceId}", "/api/v1/training/records/outside",
				"/api/v1/training/records/outside/{id}",
				"/api/v1/training/records/outside/{id}/certificates/{evidenceId}", "/training/reminders/{id}/stop",
				"/api/v1/training/reminders/{id}/stop");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		TestMember victimStaff = this.members.colleague(victimOwner, Role.STAFF);
		dev.bulwark.training.Attempt passed = TrainingFixtures.pass(this.training, victimStaff.actor(), "phishing");
		UUID practiceId = victimOwner.practiceId();
		UUID id = passed.id();
		OutsideTraining course = this.outside.record(victimOwner.actor(),
				new OutsideTrainingForm(victimStaff.userId(), null, "Outside course", "Provider",
						java.time.LocalDate.of(2025, 1, 10), java.math.BigDecimal.ONE, null,
						new org.springframework.mock.web.MockMultipartFile("file", "c.pdf", "application/pdf",
								OutsideTrainingTests.PDF)));
		UUID certificate = this.outside.certificates(victimOwner.actor(), course.id()).get(0).id();
		java.time.LocalDate tomorrow = this.training.today(victimOwner.actor()).plusDays(1);
		SecurityReminder reminder = this.reminders.schedule(victimOwner.actor(),
				new ReminderForm("Lock screens", "Windows key + L.", SecurityReminder.Audience.WORKFORCE,
						SecurityReminder.Recurrence.MONTHLY, tomorrow));
		Runnable unchanged = () -> {
			assertThat(this.reminders.reminder(practiceId, reminder.id()).nextOn()).isEqualTo(tomorrow);
			assertThat(this.outside.all(practiceId)).singleElement()
				.satisfies((r) -> assertThat(r.course()).isEqualTo("Outside course"));
			assertThat(this.outside.certificates(victimOwner.actor(), course.id())).hasSize(1);
			assertThat(this.jdbc
				.sql("select count(*) from trn_outside_training where user_id = :user and practice_id <> :practice")
				.param("user", victimStaff.userId())
				.param("practice", practiceId)
				.query(Long.class)
				.single()).as("no outside record elsewhere names the victim's staff").isZero();
			assertThat(this.training.attemptsOf(practiceId, victimStaff.userId())).extracting((a) -> a.id())
				.containsExactly(id);
			assertThat(this.training.assignmentsOf(practiceId, victimStaff.userId())).singleElement()
				.satisfies((a) -> assertThat(a.reason()).isEqualTo(Assignment.Reason.YEARLY));
			assertThat(this.jdbc
				.sql("select count(*) from trn_assignment where user_id = :user and practice_id <> :practice")
				.param("user", victimStaff.userId())
				.param("practice", practiceId)
				.query(Long.class)
				.single()).as("no assignment elsewhere names the victim's staff").isZero();
		};
		return List.of(Attempt.of("read an attempt", get("/training/attempts/{id}", id), unchanged),
				Attempt.of("download a certificate", get("/training/attempts/{id}/certificate", id), unchanged),
				Attempt.of("read a record by API", get("/api/v1/training/records/{id}", id), unchanged),
				Attempt.of("assign training to the victim's staff on the page",
						post("/training/assignments").param("userId", victimStaff.userId().toString()), unchanged),
				Attempt.of("assign training to the victim's staff by API",
						post("/api/v1/training/assignments").contentType(MediaType.APPLICATION_JSON)
							.content("{\"userId\": \"" + victimStaff.userId() + "\"}"),
						unchanged),
				Attempt.of("stop a reminder", post("/training/reminders/{id}/stop", reminder.id()), unchanged),
				Attempt.of("stop a reminder by API", post("/api/v1/training/reminders/{id}/stop", reminder.id()),
						unchanged),
				Attempt.of("read an outside record", get("/training/outside/{id}", course.id()), unchanged),
				Attempt.of("add a certificate to an outside record",
						post("/training/outside/{id}/certificates", course.id())
							.contentType(MediaType.MULTIPART_FORM_DATA)
							.param("title", "x"),
						unchanged),
				Attempt.of("download an outside certificate",
						get("/training/outside/{id}/certificates/{e}", course.id(), certificate), unchanged),
				Attempt.of("record outside training for the victim's staff on the page",
						post("/training/outside").contentType(MediaType.MULTIPART_FORM_DATA)
							.param("userId", victimStaff.userId().toString())
							.param("course", "c")
							.param("provider", "p")
							.param("completedOn", "2025-01-01")
							.param("hours", "1"),
						unchanged),
				Attempt.of("record outside training for the victim's staff by API",
						post("/api/v1/training/records/outside").contentType(MediaType.MULTIPART_FORM_DATA)
							.param("userId", victimStaff.userId().toString())
							.param("course", "c")
							.param("provider", "p")
							.param("completedOn", "2025-01-01")
							.param("hours", "1"),
						unchanged),
				Attempt.of("read an outside record by API", get("/api/v1/training/records/outside/{id}", course.id()),
						unchanged),
				Attempt.of("download an outside certificate by API",
						get("/api/v1/training/records/outside/{id}/certificates/{e}", course.id(), certificate),
						unchanged));
	}

}
