package dev.bulwark.contingency;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The backup register, restore tests and each system's contingency status for scripts and
 * MSP tools (their backup software can record each successful run). Input errors and
 * state conflicts are answered by the one API error mapping.
 */
@RestController
@Tag(name = "Contingency", description = "Backups, restore tests and the checks of each system")
class ContingencyApiController {

	/** The header that carries a list's total when the body is one page of it. */
	static final String TOTAL_COUNT = "X-Total-Count";

	private final Contingency contingency;

	ContingencyApiController(Contingency contingency) {
		this.contingency = contingency;
	}

	@GetMapping("/api/v1/backups")
	@Permitted(Permission.CONTINGENCY_READ)
	@Operation(summary = "The backup register, newest first, 50 per page (page=0, 1, ...; the total is in "
			+ "X-Total-Count). lastSucceededAt is UTC")
	ResponseEntity<List<BackupDetails>> backups(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.contingency.countBackups(practiceId)))
			.body(this.contingency.backups(practiceId, page));
	}

	@PostMapping("/api/v1/backups")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Record a backup copy of a system (assetId from /api/v1/assets); lastSucceededAt is the "
			+ "practice's local date and time, e.g. 2026-03-31T22:00")
	ResponseEntity<BackupDetails> addBackup(@Valid @RequestBody BackupForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.contingency.addBackup(CurrentActor.get(), form));
	}

	@GetMapping("/api/v1/backups/{id}")
	@Permitted(Permission.CONTINGENCY_READ)
	@Operation(summary = "One backup copy")
	BackupDetails backup(@PathVariable UUID id) {
		return this.contingency.backup(CurrentActor.practiceId(), id);
	}

	@PutMapping("/api/v1/backups/{id}")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Replace a backup copy's record, e.g. with the time of its last successful run")
	BackupDetails changeBackup(@PathVariable UUID id, @Valid @RequestBody BackupForm form) {
		return this.contingency.changeBackup(CurrentActor.get(), id, form);
	}

	@DeleteMapping("/api/v1/backups/{id}")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Take a backup copy out of the register (it is no longer made)")
	ResponseEntity<Void> removeBackup(@PathVariable UUID id) {
		this.contingency.removeBackup(CurrentActor.get(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/restore-tests")
	@Permitted(Permission.CONTINGENCY_READ)
	@Operation(summary = "Restore tests, newest first, 50 per page (the total is in X-Total-Count)")
	ResponseEntity<List<RestoreTestDetails>> restoreTests(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.contingency.countRestoreTests(practiceId)))
			.body(this.contingency.restoreTests(practiceId, page));
	}

	@PostMapping("/api/v1/restore-tests")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Record a test restore (performedOn is the practice's date; durationMinutes; outcome "
			+ "SUCCEEDED or FAILED). Attach its report through /api/v1/evidence with ownerType restore-test")
	ResponseEntity<RestoreTestDetails> recordRestoreTest(@Valid @RequestBody RestoreTestForm form) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.contingency.recordRestoreTest(CurrentActor.get(), form));
	}

	@GetMapping("/api/v1/restore-tests/{id}")
	@Permitted(Permission.CONTINGENCY_READ)
	@Operation(summary = "One restore test")
	RestoreTestDetails restoreTest(@PathVariable UUID id) {
		return this.contingency.restoreTest(CurrentActor.practiceId(), id);
	}

	// Criticality analysis

	@GetMapping("/api/v1/contingency/criticality")
	@Permitted(Permission.CONTINGENCY_READ)
	@Operation(summary = "The criticality analysis: ranked systems in restore order with recovery time and point "
			+ "objectives, the measured restore time and the 72-hour restore check (proposed rule, not in force); "
			+ "100 per page (page=0, 1, ...; the total is in X-Total-Count)")
	ResponseEntity<List<CriticalityEntry>> criticality(@RequestParam(defaultValue = "0") int page) {
		return paged(this.contingency.criticalityAnalysis(CurrentActor.practiceId()), page);
	}

	/**
	 * Systems per page of the lists computed whole (restore order needs every system).
	 */
	static final int SYSTEMS_PAGE_SIZE = 100;

	private static <T> ResponseEntity<List<T>> paged(List<T> rows, int page) {
		int from = Paging.offset(page, SYSTEMS_PAGE_SIZE);
		List<T> slice = (from >= rows.size()) ? List.of()
				: rows.subList(from, Math.min(rows.size(), from + SYSTEMS_PAGE_SIZE));
		return ResponseEntity.ok().header("X-Total-Count", String.valueOf(rows.size())).body(slice);
	}

	@PutMapping("/api/v1/contingency/criticality/{assetId}")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Rank a system (assetId from /api/v1/assets): priority (1 is restored first), rtoHours, "
			+ "rpoHours, testEveryMonths (3, quarterly, is Bulwark's recommendation), notes")
	CriticalityDetails setCriticality(@PathVariable UUID assetId, @Valid @RequestBody CriticalityForm form) {
		return this.contingency.setCriticality(CurrentActor.get(), assetId, form);
	}

	@DeleteMapping("/api/v1/contingency/criticality/{assetId}")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Take a system out of the criticality analysis")
	ResponseEntity<Void> removeCriticality(@PathVariable UUID assetId) {
		this.contingency.removeCriticality(CurrentActor.get(), assetId);
		return ResponseEntity.noContent().build();
	}

	// Emergency contacts

	@GetMapping("/api/v1/contingency/contacts")
	@Permitted(Permission.CONTINGENCY_READ)
	@Operation(summary = "The plan's emergency contacts")
	List<ContactDetails> contacts() {
		return this.contingency.contacts(CurrentActor.practiceId());
	}

	@PostMapping("/api/v1/contingency/contacts")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Add an emergency contact: name, responsibility, phone, email")
	ResponseEntity<ContactDetails> addContact(@Valid @RequestBody ContactForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.contingency.addContact(CurrentActor.get(), form));
	}

	@DeleteMapping("/api/v1/contingency/contacts/{id}")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Remove an emergency contact")
	ResponseEntity<Void> removeContact(@PathVariable UUID id) {
		this.contingency.removeContact(CurrentActor.get(), id);
		return ResponseEntity.noContent().build();
	}

	// Plan tests and exercises

	@GetMapping("/api/v1/contingency/exercises")
	@Permitted(Permission.CONTINGENCY_READ)
	@Operation(summary = "Plan tests and tabletop exercises, newest first, 50 per page (the total is in "
			+ "X-Total-Count)")
	ResponseEntity<List<ExerciseDetails>> exercises(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, String.valueOf(this.contingency.countExercises(practiceId)))
			.body(this.contingency.exercises(practiceId, page));
	}

	@PostMapping("/api/v1/contingency/exercises")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Record a plan test or tabletop exercise with its findings and follow-up actions "
			+ "(followUp with followUpDueOn)")
	ResponseEntity<ExerciseDetails> recordExercise(@Valid @RequestBody ExerciseForm form) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.contingency.recordExercise(CurrentActor.get(), form));
	}

	@GetMapping("/api/v1/contingency/exercises/{id}")
	@Permitted(Permission.CONTINGENCY_READ)
	@Operation(summary = "One exercise")
	ExerciseDetails exercise(@PathVariable UUID id) {
		return this.contingency.exercise(CurrentActor.practiceId(), id);
	}

	@PostMapping("/api/v1/contingency/exercises/{id}/follow-up-done")
	@Permitted(Permission.CONTINGENCY_EDIT)
	@Operation(summary = "Mark an exercise's follow-up actions done (today, in the practice's calendar)")
	ExerciseDetails completeFollowUp(@PathVariable UUID id) {
		return this.contingency.completeFollowUp(CurrentActor.get(), id);
	}

	@GetMapping("/api/v1/contingency/systems")
	@Permitted(Permission.CONTINGENCY_READ)
	@Operation(summary = "Every system holding ePHI or backed up or ranked, in restore order, with its 3-2-1 check "
			+ "(recommended), the 48-hour backup age and 72-hour restore checks (proposed rule, not in force), its "
			+ "restore tests and recovery objectives; 100 per page (page=0, 1, ...; the total is in X-Total-Count)")
	ResponseEntity<List<SystemStatus>> systems(@RequestParam(defaultValue = "0") int page) {
		return paged(this.contingency.statuses(CurrentActor.practiceId()), page);
	}

}
