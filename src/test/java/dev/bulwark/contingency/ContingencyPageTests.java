package dev.bulwark.contingency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.bulwark.contingency.ContingencyFixtures.actor;
import static dev.bulwark.contingency.ContingencyFixtures.fieldErrors;
import static dev.bulwark.contingency.ContingencyFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The contingency pages: views and models, each field's exact message, flash messages,
 * roles, and edited addresses.
 */
@BulwarkIntegrationTest
class ContingencyPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Contingency contingency;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	MessageSource messages;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private MvcTestResult post(TestMember member, String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(csrf()).with(member.signedIn());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void everyPageRendersForTheSecurityOfficer() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "EHR server", true);
		BackupDetails backup = this.contingency.addBackup(actor, ContingencyFixtures.onSiteDrive(ehr));
		RestoreTestDetails test = this.contingency.recordRestoreTest(actor, new RestoreTestForm(ehr,
				this.contingency.today(actor), "Ten charts", 45, RestoreOutcome.SUCCEEDED, null, null));
		Map<String, String> views = new LinkedHashMap<>();
		views.put("/contingency", "contingency/overview");
		views.put("/contingency/backups", "contingency/backups");
		views.put("/contingency/backups/new", "contingency/backup-form");
		views.put("/contingency/backups/new?assetId=" + ehr, "contingency/backup-form");
		views.put("/contingency/backups/" + backup.id() + "/edit", "contingency/backup-form");
		views.put("/contingency/restore-tests", "contingency/restore-tests");
		views.put("/contingency/restore-tests/new?assetId=" + ehr, "contingency/restore-test-form");
		views.put("/contingency/restore-tests/" + test.id(), "contingency/restore-test");
		views.put("/contingency/criticality", "contingency/criticality");
		views.put("/contingency/criticality/" + ehr, "contingency/criticality-form");
		views.put("/contingency/plan", "contingency/plan");
		views.put("/contingency/exercises/new", "contingency/exercise-form");
		views.forEach((page, view) -> assertThat(this.mvc.get().uri(page).with(officer.signedIn())).as(page)
			.hasStatusOk()
			.hasViewName(view));
		assertThat(this.mvc.get().uri("/contingency/restore-tests/" + test.id()).with(officer.signedIn())).bodyText()
			.contains("Ten charts")
			.contains("45 min")
			.contains("action=\"/evidence\"");
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).bodyText().contains("Backups and contingency");
	}

	@Test
	void aBackupThatFailsThreeTwoOneIsRecordedAndTheOverviewSaysWhy() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID ehr = system(this.jdbc, officer.practiceId(), "EHR server", true);
		MvcTestResult result = post(officer, "/contingency/backups", "assetId", ehr.toString(), "what",
				"Practice database", "frequency", "DAILY", "location", "ON_SITE", "media", "EXTERNAL_DRIVE",
				"encrypted", "YES", "immutable", "NO", "retention", "30 days", "lastSucceededAt", "2025-01-01T22:00");
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/contingency")
			.flash()
			.containsEntry("message", "The backup of \"EHR server\" was added to the register.");
		assertThat(this.mvc.get().uri("/contingency").with(officer.signedIn())).bodyText()
			.contains("Fails")
			.contains("Only 2 copies (the live data and 1 backup): keep at least three.")
			.contains("No copy away from the office: keep one off site or in the cloud.")
			.contains("RECOMMENDED")
			.contains("PROPOSED");
		assertThat(
				this.jdbc.sql("select summary from audit_entry where practice_id = :p and action = 'backup.recorded'")
					.param("p", officer.practiceId())
					.query(String.class)
					.single())
			.isEqualTo("Backup of \"EHR server\" recorded: On site (in the office), External drive (USB)");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.sql(
					"select title from asm_risk where practice_id = :p and source_key = 'contingency:backup.three-two-one'")
				.param("p", officer.practiceId())
				.query(String.class)
				.list()).isNotEmpty());
	}

	@Test
	void theBackupFormPutsEachMessageNextToItsField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID foreign = system(this.jdbc, other.practiceId(), "Their server", true);
		MvcTestResult empty = post(officer, "/contingency/backups");
		assertThat(empty).hasStatusOk().hasViewName("contingency/backup-form");
		assertThat(fieldErrors(empty, "form", this.messages))
			.containsExactlyInAnyOrderEntriesOf(Map.of("assetId", "Choose the system whose data is copied.", "what",
					"Say what is copied, for example \"the practice management database\".", "frequency",
					"Choose how often the copy is made.", "location", "Choose where the copy is kept.", "media",
					"Choose what the copy is stored on."));
		assertThat(empty).bodyText().contains("id=\"assetId-error\"");
		MvcTestResult wrong = post(officer, "/contingency/backups", "assetId", foreign.toString(), "what", "Database",
				"frequency", "DAILY", "location", "CLOUD", "media", "CLOUD_STORAGE", "lastSucceededAt",
				"2199-01-01T10:00");
		assertThat(fieldErrors(wrong, "form", this.messages))
			.containsExactlyEntriesOf(Map.of("assetId", "That system does not exist in this practice."));
		UUID own = system(this.jdbc, officer.practiceId(), "EHR", true);
		MvcTestResult future = post(officer, "/contingency/backups", "assetId", own.toString(), "what", "Database",
				"frequency", "DAILY", "location", "CLOUD", "media", "CLOUD_STORAGE", "lastSucceededAt",
				"2199-01-01T10:00");
		assertThat(fieldErrors(future, "form", this.messages))
			.containsExactlyEntriesOf(Map.of("lastSucceededAt", "The last successful backup cannot be in the future."));
		MvcTestResult unreadable = post(officer, "/contingency/backups", "assetId", own.toString(), "what", "Database",
				"frequency", "DAILY", "location", "CLOUD", "media", "CLOUD_STORAGE", "lastSucceededAt", "yesterday");
		assertThat(fieldErrors(unreadable, "form", this.messages)).containsExactlyEntriesOf(
				Map.of("lastSucceededAt", "Enter a date and time, for example 2026-03-31 14:30."));
		assertThat(unreadable).bodyText().contains("Enter a date and time, for example 2026-03-31 14:30.");
		assertThat(ContingencyFixtures.count(this.jdbc, "cnt_backup", officer.practiceId())).isZero();
	}

	@Test
	void changingAndRemovingABackup() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID ehr = system(this.jdbc, officer.practiceId(), "EHR server", true);
		BackupDetails backup = this.contingency.addBackup(actor(officer), ContingencyFixtures.onSiteDrive(ehr));
		MvcTestResult changed = post(officer, "/contingency/backups/" + backup.id(), "assetId", ehr.toString(), "what",
				"Database", "frequency", "DAILY", "location", "CLOUD", "media", "CLOUD_STORAGE");
		assertThat(changed).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "The backup of \"EHR server\" was saved.");
		assertThat(this.contingency.backup(officer.practiceId(), backup.id()).location())
			.isEqualTo(BackupLocation.CLOUD);
		assertThat(post(officer, "/contingency/backups/" + backup.id() + "/delete")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "The backup was removed from the register.");
		assertThat(ContingencyFixtures.count(this.jdbc, "cnt_backup", officer.practiceId())).isZero();
	}

	@Test
	void aRestoreTestIsRecordedAndItsMistakesShownByField() {
		TestMember technician = this.members.newPractice(Role.MSP_TECHNICIAN);
		UUID ehr = system(this.jdbc, technician.practiceId(), "EHR server", true);
		MvcTestResult empty = post(technician, "/contingency/restore-tests", "performedOn", "", "durationMinutes",
				"-5");
		assertThat(fieldErrors(empty, "form", this.messages)).containsExactlyInAnyOrderEntriesOf(Map.of("assetId",
				"Choose the system whose backup was restored.", "performedOn", "Enter the day of the test.", "what",
				"Say what was restored, for example \"ten patient charts to a spare PC\".", "durationMinutes",
				"Enter how many minutes the restore took (0 or more).", "outcome",
				"Say whether the restore succeeded."));
		String tomorrow = this.contingency.today(actor(technician)).plusDays(1).toString();
		MvcTestResult future = post(technician, "/contingency/restore-tests", "assetId", ehr.toString(), "performedOn",
				tomorrow, "what", "Charts", "durationMinutes", "30", "outcome", "SUCCEEDED");
		assertThat(fieldErrors(future, "form", this.messages))
			.containsExactlyEntriesOf(Map.of("performedOn", "The test cannot be in the future."));
		MvcTestResult saved = post(technician, "/contingency/restore-tests", "assetId", ehr.toString(), "performedOn",
				"2025-06-01", "what", "Charts", "durationMinutes", "30", "outcome", "FAILED");
		UUID id = this.jdbc.sql("select id from cnt_restore_test where practice_id = :p")
			.param("p", technician.practiceId())
			.query(UUID.class)
			.single();
		assertThat(saved).hasRedirectedUrl("/contingency/restore-tests/" + id)
			.flash()
			.containsEntry("message", "The restore test of \"EHR server\" was recorded. Attach its report below.");
		assertThat(this.contingency.restoreTest(technician.practiceId(), id).performedBy())
			.isEqualTo("Test " + Role.MSP_TECHNICIAN.label());
	}

	@Test
	void theCriticalityAnalysisChecksObjectivesAndTheProposed72HoursInNprmMode() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.jdbc.sql("update practice set nprm_mode = true where id = :p").param("p", officer.practiceId()).update();
		Actor actor = actor(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "EHR server", true);
		this.contingency.addBackup(actor, ContingencyFixtures.onSiteDrive(ehr));
		this.contingency.recordRestoreTest(actor, new RestoreTestForm(ehr, LocalDate.of(2025, 6, 1), "Full server",
				80 * 60, RestoreOutcome.SUCCEEDED, null, null));
		MvcTestResult bad = post(officer, "/contingency/criticality/" + ehr, "priority", "0", "rtoHours", "",
				"rpoHours", "4");
		assertThat(fieldErrors(bad, "form", this.messages)).containsExactlyInAnyOrderEntriesOf(Map.of("priority",
				"Enter 1 or more: 1 is restored first.", "rtoHours", "Enter the recovery time objective in hours."));
		MvcTestResult unreadable = post(officer, "/contingency/criticality/" + ehr, "priority", "1", "rtoHours", "8",
				"rpoHours", "x");
		assertThat(fieldErrors(unreadable, "form", this.messages))
			.containsExactlyEntriesOf(Map.of("rpoHours", "Enter a whole number."));
		MvcTestResult saved = post(officer, "/contingency/criticality/" + ehr, "priority", "1", "rtoHours", "8",
				"rpoHours", "4");
		assertThat(saved).hasRedirectedUrl("/contingency/criticality")
			.flash()
			.containsEntry("message", "\"EHR server\" is restored in position 1.");
		assertThat(this.mvc.get().uri("/contingency/criticality").with(officer.signedIn())).bodyText()
			.contains("The last successful test restore took 80 h; the recovery time objective is 8 h.")
			.contains("Backups run every 24 h at best; the recovery point objective is 4 h.")
			.contains("Took longer than 72 hours (proposed rule).");
		assertThat(this.contingency.criticality(officer.practiceId(), ehr).testEveryMonths()).isEqualTo(3);
	}

	@Test
	void thePlanIsWrittenFromTheRegistersAndHandedToThePoliciesEngine() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(post(officer, "/contingency/contacts", "name", "Ivy IT", "responsibility", "Restores the server",
				"phone", "555-0100"))
			.flash()
			.containsEntry("message", "\"Ivy IT\" was added to the emergency contacts.");
		MvcTestResult badContact = post(officer, "/contingency/contacts", "email", "not-an-address");
		assertThat(badContact).hasViewName("contingency/plan");
		assertThat(fieldErrors(badContact, "contactForm", this.messages)).containsExactlyInAnyOrderEntriesOf(Map.of(
				"name", "Enter the contact's name.", "responsibility", "Say what this person does in an emergency.",
				"phone", "Enter a phone number that works when the office is down.", "email",
				"Enter an e-mail address such as it@example.com."));
		assertThat(post(officer, "/contingency/steps", "part", "EMERGENCY_MODE", "text", "Use the paper schedule."))
			.flash()
			.containsEntry("message", "Step 1 was added to the emergency mode operation plan.");
		assertThat(fieldErrors(post(officer, "/contingency/steps"), "stepForm", this.messages))
			.containsExactlyInAnyOrderEntriesOf(
					Map.of("part", "Choose the plan the step belongs to.", "text", "Write what to do."));
		MvcTestResult generated = post(officer, "/contingency/plan", "changeNote", "First plan");
		UUID document = this.contingency.planDocument(officer.practiceId()).orElseThrow().id();
		assertThat(generated).hasRedirectedUrl("/policies/" + document)
			.flash()
			.containsEntry("message",
					"The plan was written as draft version 1. Read it, approve it and publish it here.");
		String text = this.jdbc.sql("select content from pol_version where practice_id = :p and document_id = :d")
			.param("p", officer.practiceId())
			.param("d", document)
			.query(String.class)
			.single();
		assertThat(text).contains("| Ivy IT | Restores the server | 555-0100 |").contains("1. Use the paper schedule.");
		assertThat(this.mvc.get().uri("/contingency/plan").with(officer.signedIn())).bodyText()
			.contains("draft version 1 open");
	}

	@Test
	void anExerciseWithFollowUpIsRecordedAndItsFollowUpDone() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult missingDue = post(officer, "/contingency/exercises", "heldOn", "2025-05-01", "kind", "TABLETOP",
				"scenario", "Ransomware", "followUp", "Update the phone list");
		assertThat(fieldErrors(missingDue, "form", this.messages))
			.containsExactlyEntriesOf(Map.of("followUpDueOn", "Enter by when the follow-up actions are to be done."));
		assertThat(post(officer, "/contingency/exercises", "heldOn", "2025-05-01", "kind", "TABLETOP", "scenario",
				"Ransomware", "findings", "The phone list was old", "followUp", "Update the phone list",
				"followUpDueOn", "2025-06-01"))
			.flash()
			.containsEntry("message", "The tabletop exercise of 2025-05-01 was recorded.");
		UUID id = this.jdbc.sql("select id from cnt_exercise where practice_id = :p")
			.param("p", officer.practiceId())
			.query(UUID.class)
			.single();
		assertThat(post(officer, "/contingency/exercises/" + id + "/follow-up-done")).flash()
			.containsEntry("message", "The follow-up of the exercise of 2025-05-01 is marked done.");
		assertThat(post(officer, "/contingency/exercises/" + id + "/follow-up-done")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void theAuditorReadsButChangesNothingAndStaffSeeNothing() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		UUID ehr = system(this.jdbc, officer.practiceId(), "EHR server", true);
		assertThat(this.mvc.get().uri("/contingency").with(auditor.signedIn())).hasStatusOk()
			.bodyText()
			.doesNotContain("Record a backup");
		assertThat(post(auditor, "/contingency/backups", "assetId", ehr.toString(), "what", "Database", "frequency",
				"DAILY", "location", "CLOUD", "media", "CLOUD_STORAGE"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/contingency").with(staff.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(ContingencyFixtures.count(this.jdbc, "cnt_backup", officer.practiceId())).isZero();
	}

	@Test
	void editedAddressesAreBadRequests() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.mvc.get().uri("/contingency/backups?page=-1").with(officer.signedIn()))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/contingency/backups/new?assetId=nope").with(officer.signedIn()))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get()
			.uri("/contingency/restore-tests/new?assetId=" + UUID.randomUUID())
			.with(officer.signedIn())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/contingency/backups/" + UUID.randomUUID() + "/edit").with(officer.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/contingency/criticality/" + UUID.randomUUID()).with(officer.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Autowired
	DailyContingencyCheck dailyCheck;

	@Test
	void theRestoreTestFallsOverdueOnTheDailyTickNotWhenAPageIsRead() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		this.clock.setInstant(Instant.parse("2025-03-01T18:00:00Z"));
		UUID ehr = system(this.jdbc, officer.practiceId(), "EHR server", true);
		this.contingency.addBackup(actor, ContingencyFixtures.onSiteDrive(ehr));
		this.contingency.recordRestoreTest(actor,
				new RestoreTestForm(ehr, LocalDate.of(2025, 3, 1), "Charts", 20, RestoreOutcome.SUCCEEDED, null, null));
		SystemStatus fresh = this.contingency.statuses(officer.practiceId()).get(0);
		assertThat(fresh.restoreTestDueOn()).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(fresh.restoreTestOverdue()).isFalse();
		this.clock.setInstant(Instant.parse("2025-06-05T18:00:00Z"));
		// Reading the pages and the API neither computes nor writes the new state
		assertThat(this.mvc.get().uri("/contingency").with(officer.signedIn())).hasStatusOk();
		assertThat(this.mvc.get().uri("/contingency/criticality").with(officer.signedIn())).hasStatusOk();
		assertThat(this.contingency.statuses(officer.practiceId()).get(0).restoreTestOverdue()).isFalse();
		assertThat(this.contingency.checkedAt(officer.practiceId())).isEqualTo(Instant.parse("2025-03-01T18:00:00Z"));
		// The practice's day begins: the checks run as of now (the listener runs on its
		// own
		// thread)
		this.dailyCheck.on(new dev.bulwark.shared.PracticeDayBegan(officer.practiceId(), LocalDate.of(2025, 6, 5),
				java.time.ZoneOffset.UTC));
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(this.contingency.checkedAt(officer.practiceId()))
				.isEqualTo(Instant.parse("2025-06-05T18:00:00Z")));
		assertThat(this.contingency.statuses(officer.practiceId()).get(0).restoreTestOverdue()).isTrue();
		assertThat(this.mvc.get().uri("/contingency").with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("EHR server");
	}

}
