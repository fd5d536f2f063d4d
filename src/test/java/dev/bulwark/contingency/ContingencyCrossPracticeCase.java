package dev.bulwark.contingency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Another practice's backups, restore tests, rankings, contacts, steps and exercises:
 * they cannot be read or changed, and its systems cannot be named in a form, a JSON body
 * or a query; no row of the attacker's practice ends up pointing at them.
 */
class ContingencyCrossPracticeCase implements CrossPracticeCase {

	private final Contingency contingency;

	private final JdbcClient jdbc;

	ContingencyCrossPracticeCase(Contingency contingency, JdbcClient jdbc) {
		this.contingency = contingency;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/contingency/backups/{id}/edit", "/contingency/backups/{id}",
				"/contingency/backups/{id}/delete", "/contingency/restore-tests/{id}",
				"/contingency/criticality/{assetId}", "/contingency/criticality/{assetId}/delete",
				"/contingency/contacts/{id}/delete", "/contingency/steps/{id}/delete",
				"/contingency/exercises/{id}/follow-up-done", "/api/v1/backups/{id}", "/api/v1/restore-tests/{id}",
				"/contingency/backups", "/contingency/backups/new", "/contingency/restore-tests",
				"/contingency/restore-tests/new", "/api/v1/backups", "/api/v1/restore-tests",
				"/api/v1/contingency/criticality/{assetId}", "/api/v1/contingency/contacts/{id}",
				"/api/v1/contingency/exercises/{id}", "/api/v1/contingency/exercises/{id}/follow-up-done");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		UUID practiceId = victimOwner.practiceId();
		Actor actor = ContingencyFixtures.actor(victimOwner);
		UUID system = ContingencyFixtures.system(this.jdbc, practiceId, "Victim EHR", true);
		BackupDetails backup = this.contingency.addBackup(actor, ContingencyFixtures.onSiteDrive(system));
		RestoreTestDetails test = this.contingency.recordRestoreTest(actor, new RestoreTestForm(system,
				LocalDate.of(2025, 1, 15), "Charts", 30, RestoreOutcome.SUCCEEDED, null, null));
		this.contingency.setCriticality(actor, system, new CriticalityForm(1, 8, 24, 3, null));
		ContactDetails contact = this.contingency.addContact(actor,
				new ContactForm("Victim IT", "Restores", "555-0100", null));
		StepDetails step = this.contingency.addStep(actor, new StepForm(PlanPart.DATA_BACKUP, "Check the report."));
		ExerciseDetails exercise = this.contingency.recordExercise(actor, new ExerciseForm(LocalDate.of(2025, 1, 20),
				ExerciseKind.TABLETOP, "Fire", null, null, "Fix it", LocalDate.of(2025, 2, 20)));
		Runnable unchanged = () -> {
			BackupDetails now = this.contingency.backup(practiceId, backup.id());
			assertThat(now.location()).isEqualTo(BackupLocation.ON_SITE);
			assertThat(this.contingency.restoreTest(practiceId, test.id()).what()).isEqualTo("Charts");
			assertThat(this.contingency.criticality(practiceId, system).priority()).isEqualTo(1);
			assertThat(this.contingency.contacts(practiceId)).extracting(ContactDetails::id)
				.containsExactly(contact.id());
			assertThat(this.contingency.steps(practiceId)).extracting(StepDetails::id).containsExactly(step.id());
			assertThat(this.contingency.exercises(practiceId, 0)).singleElement()
				.satisfies((e) -> assertThat(e.followUpDoneOn()).isNull());
			assertThat(this.jdbc.sql("select count(*) from cnt_backup where asset_id = :s and practice_id <> :p")
				.param("s", system)
				.param("p", practiceId)
				.query(Long.class)
				.single()).isZero();
			assertThat(this.jdbc.sql("select count(*) from cnt_restore_test where asset_id = :s and practice_id <> :p")
				.param("s", system)
				.param("p", practiceId)
				.query(Long.class)
				.single()).isZero();
			assertThat(this.jdbc.sql("select count(*) from cnt_criticality where asset_id = :s and practice_id <> :p")
				.param("s", system)
				.param("p", practiceId)
				.query(Long.class)
				.single()).isZero();
		};
		String json = """
				{"assetId": "%s", "what": "Stolen", "frequency": "DAILY", "location": "CLOUD",
				 "media": "CLOUD_STORAGE"}""".formatted(system);
		String testJson = """
				{"assetId": "%s", "performedOn": "2025-02-01", "what": "Stolen", "durationMinutes": 1,
				 "outcome": "FAILED"}""".formatted(system);
		return List
			.of(Attempt.of("open a backup's form", get("/contingency/backups/{id}/edit", backup.id()), unchanged),
					Attempt.of("change a backup",
							post("/contingency/backups/{id}", backup.id()).param("assetId", system.toString())
								.param("what", "Stolen")
								.param("frequency", "DAILY")
								.param("location", "CLOUD")
								.param("media", "CLOUD_STORAGE"),
							unchanged),
					Attempt.of("remove a backup", post("/contingency/backups/{id}/delete", backup.id()), unchanged),
					Attempt.of("name the victim's system in a query",
							get("/contingency/backups/new?assetId={s}", system), unchanged),
					Attempt.of("record a backup of the victim's system on the page",
							post("/contingency/backups").param("assetId", system.toString())
								.param("what", "Stolen")
								.param("frequency", "DAILY")
								.param("location", "CLOUD")
								.param("media", "CLOUD_STORAGE"),
							unchanged),
					Attempt.of("record a restore test of the victim's system on the page",
							post("/contingency/restore-tests").param("assetId", system.toString())
								.param("performedOn", "2025-02-01")
								.param("what", "Stolen")
								.param("durationMinutes", "1")
								.param("outcome", "FAILED"),
							unchanged),
					Attempt.of("name the victim's system in the restore-test form's query",
							get("/contingency/restore-tests/new?assetId={s}", system), unchanged),
					Attempt.of("read a restore test", get("/contingency/restore-tests/{id}", test.id()), unchanged),
					Attempt.of("open a system's ranking", get("/contingency/criticality/{s}", system), unchanged),
					Attempt.of("rank the victim's system",
							post("/contingency/criticality/{s}", system).param("priority", "9")
								.param("rtoHours", "1")
								.param("rpoHours", "1"),
							unchanged),
					Attempt.of("unrank the victim's system", post("/contingency/criticality/{s}/delete", system),
							unchanged),
					Attempt.of("remove a contact", post("/contingency/contacts/{id}/delete", contact.id()), unchanged),
					Attempt.of("remove a step", post("/contingency/steps/{id}/delete", step.id()), unchanged),
					Attempt.of("complete an exercise's follow-up",
							post("/contingency/exercises/{id}/follow-up-done", exercise.id()), unchanged),
					Attempt.of("read a backup by API", get("/api/v1/backups/{id}", backup.id()), unchanged),
					Attempt.of("change a backup by API",
							put("/api/v1/backups/{id}", backup.id()).contentType(MediaType.APPLICATION_JSON)
								.content(json),
							unchanged),
					Attempt.of("delete a backup by API", delete("/api/v1/backups/{id}", backup.id()), unchanged),
					Attempt.of("record a backup of the victim's system by API",
							post("/api/v1/backups").contentType(MediaType.APPLICATION_JSON).content(json), unchanged),
					Attempt.of("read a restore test by API", get("/api/v1/restore-tests/{id}", test.id()), unchanged),
					Attempt.of("record a restore test of the victim's system by API",
							post("/api/v1/restore-tests").contentType(MediaType.APPLICATION_JSON).content(testJson),
							unchanged),
					Attempt.of("rank the victim's system by API",
							put("/api/v1/contingency/criticality/{s}", system).contentType(MediaType.APPLICATION_JSON)
								.content("{\"priority\": 9, \"rtoHours\": 9, \"rpoHours\": 9}"),
							unchanged),
					Attempt.of("unrank the victim's system by API",
							delete("/api/v1/contingency/criticality/{s}", system), unchanged),
					Attempt.of("remove a contact by API", delete("/api/v1/contingency/contacts/{id}", contact.id()),
							unchanged),
					Attempt.of("read an exercise by API", get("/api/v1/contingency/exercises/{id}", exercise.id()),
							unchanged),
					Attempt.of("complete an exercise's follow-up by API",
							post("/api/v1/contingency/exercises/{id}/follow-up-done", exercise.id()), unchanged));
	}

}
