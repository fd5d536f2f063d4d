package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.PlainWordsPages;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.AssignedWork;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The treatment plan with its top five and its tasks by owner, and each person's own
 * treatment tasks on "My tasks" (with the calendar's), in the API, done by their owner,
 * by role and practice.
 */
@BulwarkIntegrationTest
class TreatmentPlanPagesTests {

	private static final Instant CREATED = Instant.parse("2026-02-01T15:00:00Z");

	private static final Instant VIEWED = Instant.parse("2026-03-10T15:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Risks risks;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/**
	 * Four risks of every level with seven open tasks and one done: the officer owns four
	 * open tasks, staff two, nobody one.
	 */
	private Plan plan() {
		this.clock.setInstant(CREATED);
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		UUID critical = risk(officer, "Server unpatched", RiskRating.HIGH, RiskRating.HIGH, staff.userId(),
				LocalDate.of(2026, 6, 1));
		UUID patch = task(officer, critical, "Patch the server", null, null, false);
		UUID backup = task(officer, critical, "Back up the server", officer.userId(), LocalDate.of(2026, 4, 1), false);
		UUID moderate = risk(officer, "Laptop unencrypted", RiskRating.MODERATE, RiskRating.MODERATE, null, null);
		task(officer, moderate, "Encrypt the laptop", null, null, false);
		task(officer, moderate, "Old overdue step", officer.userId(), LocalDate.of(2026, 1, 1), false);
		UUID high = risk(officer, "Back door open", RiskRating.HIGH, RiskRating.MODERATE, officer.userId(), null);
		task(officer, high, "Lock the door", null, LocalDate.of(2026, 5, 1), false);
		task(officer, high, "Fix the badge reader", null, LocalDate.of(2026, 3, 1), false);
		task(officer, high, "Already finished", null, LocalDate.of(2026, 2, 2), true);
		UUID low = risk(officer, "Poster missing", RiskRating.LOW, RiskRating.LOW, null, null);
		task(officer, low, "Print the poster", staff.userId(), LocalDate.of(2026, 3, 11), false);
		this.clock.setInstant(VIEWED);
		return new Plan(officer, staff, critical, patch, backup);
	}

	private record Plan(TestMember officer, TestMember staff, UUID criticalRisk, UUID staffTask, UUID officerTask) {
	}

	@Test
	void thePlanShowsTheTopFiveThenEachOwnersOpenTasksThenNobodysThenTheDoneOnes() throws Exception {
		Plan plan = plan();
		MvcTestResult page = get(plan.officer(), "/treatment-plan");
		assertThat(page).hasStatusOk().hasViewName("assessment/treatment-plan");
		TreatmentPlan model = (TreatmentPlan) page.getMvcResult().getModelAndView().getModel().get("plan");

		assertThat(model.topFive()).extracting(TreatmentTask::title)
			.containsExactly("Back up the server", "Patch the server", "Fix the badge reader", "Lock the door",
					"Old overdue step");
		assertThat(model.byOwner()).extracting(TreatmentPlan.OwnerGroup::ownerName, TreatmentPlan.OwnerGroup::openCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(plan.officer().displayName(), 4),
					org.assertj.core.groups.Tuple.tuple(plan.staff().displayName(), 2),
					org.assertj.core.groups.Tuple.tuple(null, 1));
		assertThat(model.byOwner().get(0).open()).extracting(TreatmentTask::title)
			.as("a task without an owner of its own is its risk's owner's")
			.containsExactly("Back up the server", "Fix the badge reader", "Lock the door", "Old overdue step");
		assertThat(model.byOwner().get(1).open()).extracting(TreatmentTask::title)
			.containsExactly("Patch the server", "Print the poster");
		assertThat(model.byOwner().get(2).unassigned()).isTrue();
		assertThat(model.byOwner().get(2).open()).extracting(TreatmentTask::title)
			.containsExactly("Encrypt the laptop");
		assertThat(model.doneTasks()).extracting(TreatmentTask::title).containsExactly("Already finished");

		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("Do these 5 first")
			.contains(TreatmentPriority.RULE)
			.contains("No owner yet")
			.contains("give each an owner")
			.contains("4 open")
			.contains("Done tasks (1)")
			.contains("<details id=\"done-tasks\">");
		// The sections in order: top five, the officer, staff, nobody, the done tasks.
		assertThat(List.of(html.indexOf("id=\"top-five\""), html.indexOf("id=\"owner-" + plan.officer().userId()),
				html.indexOf("id=\"owner-" + plan.staff().userId()), html.indexOf("id=\"owner-none\""),
				html.indexOf("id=\"done-tasks\"")))
			.doesNotContain(-1)
			.isSorted();
	}

	@Test
	void aLongListOfOneOwnerShowsItsFirstTasksAndTheRestIsPagedOnTheOwnersOwnList() throws Exception {
		Plan plan = plan();
		UUID many = risk(plan.officer(), "Many unpatched PCs", RiskRating.HIGH, RiskRating.MODERATE, null, null);
		for (int i = 1; i <= 70; i++) {
			task(plan.officer(), many, "Patch PC %02d".formatted(i), null, null, false);
		}
		String html = get(plan.officer(), "/treatment-plan").getResponse().getContentAsString();
		String nobody = html.substring(html.indexOf("id=\"owner-none\""));
		nobody = nobody.substring(0, nobody.indexOf("</section>"));
		assertThat(nobody).contains("71 open")
			.contains("All 71 open tasks nobody owns yet")
			.contains("href=\"/treatment-plan?owner=none\"");
		assertThat(nobody.split("Mark done: ", -1)).hasSize(TreatmentPlan.OwnerGroup.SHOWN + 1);
		// The officer's four are all shown, without a link.
		String officer = html.substring(html.indexOf("id=\"owner-" + plan.officer().userId()));
		assertThat(officer.substring(0, officer.indexOf("</section>"))).doesNotContain("All 4 open tasks");

		String first = get(plan.officer(), "/treatment-plan?owner=none").getResponse().getContentAsString();
		assertThat(first).contains("Open tasks nobody owns yet")
			.contains("Page 1 of 2")
			.contains("href=\"/treatment-plan?owner=none&amp;page=1\"")
			.doesNotContain("Do these 5 first");
		assertThat(first.split("Mark done: ", -1)).hasSize(TreatmentPlan.OwnerGroup.PAGE_SIZE + 1);
		String second = get(plan.officer(), "/treatment-plan?owner=none&page=1").getResponse().getContentAsString();
		assertThat(second).contains("Page 2 of 2");
		assertThat(second.split("Mark done: ", -1)).hasSize(71 - TreatmentPlan.OwnerGroup.PAGE_SIZE + 1);

		assertThat(get(plan.officer(), "/treatment-plan?owner=" + plan.staff().userId()).getResponse()
			.getContentAsString()).contains("Open tasks of " + plan.staff().displayName())
			.contains("Patch the server")
			.doesNotContain("Patch PC 01");
		assertThat(get(plan.officer(), "/treatment-plan?owner=" + UUID.randomUUID()).getResponse().getContentAsString())
			.contains("No open tasks");
		assertThat(get(plan.officer(), "/treatment-plan?owner=somebody")).hasStatus(400);
		assertThat(get(plan.officer(), "/treatment-plan?owner=none&page=-1")).hasStatus(400);
	}

	@Test
	void thePlanSpeaksPlainlyAndShowsTheCitationsInTheAuditorView() throws Exception {
		Plan plan = plan();
		UUID cited = risk(plan.officer(), "Missing updates on the ePHI server (164.308(a)(5)(ii)(B))", RiskRating.HIGH,
				RiskRating.HIGH, null, null);
		task(plan.officer(), cited, "Install the ePHI server's updates (164.308(a)(5)(ii)(B))", null, null, false);
		String plain = get(plan.officer(), "/treatment-plan").getResponse().getContentAsString();
		PlainWordsPages.assertPlain(plain);
		assertThat(PlainWordsPages.readerText(plain)).contains("What the practice is doing about its risks:")
			.contains("Missing updates on the patient data server");

		this.members.showAuditorDetails(plan.officer());
		String shown = get(plan.officer(), "/treatment-plan").getResponse().getContentAsString();
		PlainWordsPages.assertCites(shown, "164.308(a)(1)(ii)(B)");
		PlainWordsPages.assertCites(shown, "Missing updates on the ePHI server (164.308(a)(5)(ii)(B))");
	}

	@Test
	void myTasksListsOnlyMyOpenTreatmentTasksMostValuableFirstWithMyCalendarTasks() throws Exception {
		Plan plan = plan();
		assertThat(this.mvc.post()
			.uri("/tasks")
			.param("title", "Shred the old charts")
			.param("dueOn", "2026-03-20")
			.param("ownerUserId", plan.officer().userId().toString())
			.param("repeats", "NEVER")
			.with(csrf())
			.with(plan.officer().signedIn())
			.exchange()).hasStatus3xxRedirection();

		MvcTestResult officers = get(plan.officer(), "/tasks/mine");
		assertThat(officers).hasStatusOk().hasViewName("calendar/mine");
		assertThat(section(officers).items()).extracting(AssignedWork::title)
			.containsExactly("Back up the server", "Fix the badge reader", "Lock the door", "Old overdue step");
		assertThat(section(officers).items().get(1).overdue()).isTrue();
		assertThat(section(officers).items().get(0).level()).isEqualTo("Critical");
		assertThat(officers).bodyText()
			.contains("Risk treatment tasks (4 open)")
			.contains("Risk: Server unpatched")
			.contains("Calendar tasks")
			.contains("Shred the old charts")
			.doesNotContain("Patch the server")
			.doesNotContain("Encrypt the laptop")
			.doesNotContain("Already finished");
		assertThat(officers.getResponse().getContentAsString())
			.contains("href=\"/risks/" + plan.criticalRisk() + "/tasks/" + plan.officerTask() + "\"");

		MvcTestResult staffs = get(plan.staff(), "/tasks/mine");
		assertThat(section(staffs).items()).extracting(AssignedWork::title)
			.containsExactly("Patch the server", "Print the poster");
		assertThat(section(staffs).items()).as("staff do not read the risk register: no link to it")
			.allSatisfy((work) -> assertThat(work.link()).isNull());
		String html = staffs.getResponse().getContentAsString();
		assertThat(html).contains("action=\"/risks/" + plan.criticalRisk() + "/tasks/" + plan.staffTask() + "/done\"")
			.doesNotContain("Back up the server")
			.doesNotContain("Shred the old charts");
	}

	@Test
	void theOwnerMarksTheirTaskDoneAndNobodyElsesWhileTheOfficerMarksAnyFromThePlan() throws Exception {
		Plan plan = plan();
		String staffTask = "/risks/" + plan.criticalRisk() + "/tasks/" + plan.staffTask();
		String officerTask = "/risks/" + plan.criticalRisk() + "/tasks/" + plan.officerTask();

		assertThat(post(plan.staff(), officerTask + "/done")).as("someone else's task does not exist for staff")
			.hasStatus(404);
		assertThat(task(plan, plan.officerTask()).done()).isFalse();
		assertThat(get(plan.staff(), "/treatment-plan")).hasStatus(403);
		assertThat(get(plan.staff(), staffTask)).as("staff do not read the register").hasStatus(403);

		assertThat(post(plan.staff(), staffTask + "/done")).hasRedirectedUrl("/tasks/mine")
			.flash()
			.containsEntry("message", "Done: \"Patch the server\".");
		assertThat(task(plan, plan.staffTask()).doneAt()).isEqualTo(VIEWED);
		assertThat(post(plan.staff(), staffTask + "/done")).as("a second press changes nothing")
			.hasRedirectedUrl("/tasks/mine");
		assertThat(section(get(plan.staff(), "/tasks/mine")).items()).extracting(AssignedWork::title)
			.containsExactly("Print the poster");

		assertThat(post(plan.officer(), officerTask + "/done", "returnTo", "plan")).hasRedirectedUrl("/treatment-plan");
		assertThat(task(plan, plan.officerTask()).done()).isTrue();
		assertThat(post(plan.officer(), officerTask + "/done", "returnTo", "https://evil.example"))
			.as("the return address is one of two pages, never taken from the request")
			.hasRedirectedUrl("/tasks/mine");
	}

	@Test
	void auditorsHaveNoOwnTasksAndSeeThePlanWithoutButtons() throws Exception {
		Plan plan = plan();
		TestMember auditor = this.members.colleague(plan.officer(), Role.AUDITOR);
		assertThat(get(auditor, "/tasks/mine")).hasStatus(403);
		assertThat(post(auditor, "/risks/" + plan.criticalRisk() + "/tasks/" + plan.staffTask() + "/done"))
			.hasStatus(403);
		MvcTestResult page = get(auditor, "/treatment-plan");
		assertThat(page).hasStatusOk().bodyText().contains("Do these 5 first");
		assertThat(page.getResponse().getContentAsString()).doesNotContain("Mark done");
	}

	@Test
	void theApiListsTheCallersOwnTasksOfTheCurrentPracticeOnly() throws Exception {
		Plan plan = plan();
		// The officer also works in a second practice and owns a task there.
		TestMember otherOfficer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember sameInOther = this.members.alsoIn(plan.officer(), otherOfficer, Role.SECURITY_OFFICER);
		UUID elsewhere = risk(otherOfficer, "Other practice's risk", RiskRating.HIGH, RiskRating.HIGH,
				sameInOther.userId(), null);
		task(otherOfficer, elsewhere, "Task of the other practice", null, null, false);

		MvcTestResult mine = this.mvc.get()
			.uri("/api/v1/risks/tasks/mine")
			.header("Authorization", "Bearer " + this.members.apiToken(plan.officer()))
			.exchange();
		assertThat(mine).hasStatusOk().hasHeader("X-Total-Count", "4");
		assertThat(mine).bodyJson()
			.extractingPath("$[*].title")
			.asArray()
			.containsExactly("Back up the server", "Fix the badge reader", "Lock the door", "Old overdue step");
		assertThat(mine).bodyJson().extractingPath("$[0].riskLevel").isEqualTo("CRITICAL");
		assertThat(mine).bodyJson().extractingPath("$[1].overdue").isEqualTo(true);

		MvcTestResult there = this.mvc.get()
			.uri("/api/v1/risks/tasks/mine")
			.header("Authorization", "Bearer " + this.members.apiToken(sameInOther))
			.exchange();
		assertThat(there).hasStatusOk().hasHeader("X-Total-Count", "1");
		assertThat(there).bodyJson()
			.extractingPath("$[*].title")
			.asArray()
			.containsExactly("Task of the other practice");

		assertThat(this.mvc.get()
			.uri("/api/v1/risks/tasks/mine?page=-1")
			.header("Authorization", "Bearer " + this.members.apiToken(plan.officer()))
			.exchange()).hasStatus(400);
	}

	private UUID risk(TestMember officer, String title, RiskRating likelihood, RiskRating impact, UUID owner,
			LocalDate due) {
		return this.risks
			.create(officer.actor(),
					new RiskForm(title, List.of(), null, null, null, null, likelihood, impact, Treatment.MITIGATE,
							owner, due, RiskStatus.OPEN, null, null, null, null))
			.id();
	}

	private UUID task(TestMember officer, UUID riskId, String title, UUID owner, LocalDate due, boolean done) {
		return this.risks.addTask(officer.actor(), riskId, new TaskForm(title, owner, due, done)).id();
	}

	private TreatmentTask task(Plan plan, UUID taskId) {
		return this.risks.task(plan.officer().practiceId(), plan.criticalRisk(), taskId);
	}

	@SuppressWarnings("unchecked")
	private static AssignedWork.Section section(MvcTestResult page) {
		Map<String, Object> model = page.getMvcResult().getModelAndView().getModel();
		List<AssignedWork.Section> sections = (List<AssignedWork.Section>) model.get("otherWork");
		assertThat(sections).hasSize(1);
		return sections.get(0);
	}

	private MvcTestResult get(TestMember member, String uri) {
		return this.mvc.get().uri(uri).with(member.signedIn()).exchange();
	}

	private MvcTestResult post(TestMember member, String uri, String... pairs) {
		var request = this.mvc.post().uri(uri).with(csrf()).with(member.signedIn());
		for (int i = 0; i < pairs.length; i += 2) {
			request = request.param(pairs[i], pairs[i + 1]);
		}
		return request.exchange();
	}

}
