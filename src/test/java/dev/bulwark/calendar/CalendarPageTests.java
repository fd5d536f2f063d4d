package dev.bulwark.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.PlainWordsPages;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The calendar pages: views and models, each field's exact message, flash messages,
 * conflicts above the form, roles, and edited addresses.
 */
@BulwarkIntegrationTest
class CalendarPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCalendarListsItemsWithTheirBasis() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		LocalDate today = this.tasks.today(officer.practiceId());
		this.tasks.receive(new DueItemsReported(officer.practiceId(), "incidents",
				List.of(new DueItem("breach:1:hhs", "Report the breach to HHS", today.plusDays(10), null, Basis.LAW,
						null, null, "/incidents/1", "164.408"))));
		MvcTestResult page = this.mvc.get().uri("/tasks").with(officer.signedIn()).exchange();
		assertThat(page).hasStatusOk().hasViewName("calendar/list");
		assertThat(page).model().containsKeys("tasks", "filter", "page", "pages");
		assertThat(page).bodyText().contains("Report the breach to HHS").contains("Law in force");
		assertThat(this.mvc.get().uri("/tasks?show=SOMETIMES").with(officer.signedIn()).exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri("/tasks?page=-1").with(officer.signedIn()).exchange()).hasStatus(400);
	}

	@Test
	void theCalendarSpeaksPlainlyAndShowsTheRuleInTheAuditorView() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		LocalDate today = this.tasks.today(officer.practiceId());
		this.tasks.generateRecurring(officer.practiceId(), today);
		this.tasks.receive(new DueItemsReported(officer.practiceId(), "incidents",
				List.of(new DueItem("breach:1:hhs", "Report the breach to HHS", today.plusDays(10), null, Basis.LAW,
						null, null, "/incidents/1", "164.408"))));
		UUID analysis = this.jdbc
			.sql("select id from cal_item where practice_id = :practice and obligation_key = 'OBL-RISK-ANALYSIS'")
			.param("practice", officer.practiceId())
			.query(UUID.class)
			.single();
		UUID breach = this.jdbc.sql("select id from cal_item where practice_id = :practice and citation = '164.408'")
			.param("practice", officer.practiceId())
			.query(UUID.class)
			.single();
		for (String page : List.of("/tasks", "/tasks?show=ALL", "/tasks/mine", "/tasks/new", "/tasks/reminders",
				"/tasks/" + analysis, "/tasks/" + breach)) {
			PlainWordsPages.assertPlain(html(officer, page));
		}
		assertThat(PlainWordsPages.readerText(html(officer, "/tasks")))
			.contains("Review and update the security risk analysis");

		this.members.showAuditorDetails(officer);
		PlainWordsPages.assertCites(html(officer, "/tasks/" + analysis), "45 CFR 164.308(a)(1)(ii)(A)");
		PlainWordsPages.assertCites(html(officer, "/tasks/" + breach), "45 CFR 164.408");
	}

	private String html(TestMember member, String page) throws Exception {
		MvcTestResult result = this.mvc.get().uri(page).with(member.signedIn()).exchange();
		assertThat(result).as(page).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void addingATaskShowsEachFieldsMessageAndThenConfirms() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult empty = this.mvc.post()
			.uri("/tasks")
			.param("title", "")
			.param("dueOn", "")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(empty).hasStatusOk().hasViewName("calendar/form");
		assertThat(empty).model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("title", "NotBlank")
			.hasFieldErrorCode("dueOn", "NotNull");
		assertThat(empty).bodyText().contains("Say what has to be done.").contains("Give the date it is due.");

		MvcTestResult stranger = this.mvc.post()
			.uri("/tasks")
			.param("title", "Shred old files")
			.param("dueOn", "2026-03-01")
			.param("ownerUserId", UUID.randomUUID().toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(stranger).hasStatusOk().hasViewName("calendar/form");
		assertThat(stranger).bodyText().contains("That person is not an active member of this practice.");

		MvcTestResult added = this.mvc.post()
			.uri("/tasks")
			.param("title", "Shred old files")
			.param("dueOn", "2026-03-01")
			.param("repeats", "QUARTERLY")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(added).hasStatus3xxRedirection();
		assertThat((String) added.getMvcResult().getFlashMap().get("message"))
			.isEqualTo("\"Shred old files\" was added, due 2026-03-01.");
	}

	@Test
	void aStaffMemberCompletesTheirOwnTaskWithEvidenceAndSeesNoOtherTask() {
		this.clock.setInstant(java.time.Instant.parse("2026-02-20T15:00:00Z"));
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		TaskSummary theirs = this.tasks.add(officer.actor(), new TaskForm("Shred the old charts", null,
				LocalDate.of(2026, 2, 27), staff.userId(), Repeat.QUARTERLY));
		TaskSummary other = this.tasks.add(officer.actor(),
				new TaskForm("Officer's task", null, LocalDate.of(2026, 2, 27), null, Repeat.NEVER));
		assertThat(this.mvc.get().uri("/tasks").with(staff.signedIn()).exchange()).hasStatus(403);
		assertThat(this.mvc.get().uri("/tasks/" + other.id()).with(staff.signedIn()).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/tasks/mine").with(staff.signedIn()).exchange()).hasStatusOk()
			.bodyText()
			.contains("Shred the old charts")
			.doesNotContain("Officer's task");

		MvcTestResult done = this.mvc.post()
			.uri("/tasks/" + theirs.id() + "/complete")
			.multipart()
			.file(new MockMultipartFile("file", "shredding.txt", "text/plain",
					"Certificate of destruction".getBytes(StandardCharsets.UTF_8)))
			.param("note", "Shredded by the vendor")
			.with(csrf())
			.with(staff.signedIn())
			.exchange();
		assertThat(done).hasStatus3xxRedirection();
		assertThat((String) done.getMvcResult().getFlashMap().get("message"))
			.isEqualTo("Done. The next occurrence is due 2026-05-27.");
		MvcTestResult page = this.mvc.get().uri("/tasks/" + theirs.id()).with(staff.signedIn()).exchange();
		assertThat(page).hasStatusOk().hasViewName("calendar/show");
		assertThat(page).bodyText().contains("shredding").contains("Shredded by the vendor");

		MvcTestResult again = this.mvc.post()
			.uri("/tasks/" + theirs.id() + "/complete")
			.multipart()
			.param("note", "Twice")
			.with(csrf())
			.with(staff.signedIn())
			.exchange();
		assertThat(again).hasStatusOk().hasViewName("calendar/show");
		assertThat(again).bodyText().contains("This task was already completed.");
	}

	@Test
	void aTooLongNoteIsRefusedNextToItsFieldAndNothingIsSaved() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TaskSummary task = this.tasks.add(officer.actor(),
				new TaskForm("Check the locks", null, LocalDate.of(2026, 2, 27), null, Repeat.NEVER));
		MvcTestResult result = this.mvc.post()
			.uri("/tasks/" + task.id() + "/complete")
			.multipart()
			.param("note", "x".repeat(4001))
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("calendar/show");
		assertThat(result).model().extractingBindingResult("completeForm").hasFieldErrors("note");
		assertThat(result).bodyText().contains("Keep the note under 4,000 characters.");
		assertThat(this.tasks.get(officer.actor(), task.id()).open()).isTrue();
	}

}
