package dev.bulwark.workforce;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roster for scripts and MSP tools. */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "The workforce roster, system accounts, onboarding and offboarding")
class StaffApiController {

	static final String TOTAL_COUNT = "X-Total-Count";

	private final Workforce workforce;

	private final StaffService service;

	private final AccountService accounts;

	private final OffboardingService offboarding;

	StaffApiController(Workforce workforce, StaffService service, AccountService accounts,
			OffboardingService offboarding) {
		this.workforce = workforce;
		this.service = service;
		this.accounts = accounts;
		this.offboarding = offboarding;
	}

	@GetMapping("/{id}/offboarding")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "A person's offboarding checklist (empty before a departure); in NPRM-ready mode each step "
			+ "carries the proposed rule's deadline (dueAt, PROPOSED), otherwise the last day of work (RECOMMENDED)")
	List<ChecklistStep> offboarding(@PathVariable UUID id) {
		return this.offboarding.checklist(CurrentActor.practiceId(), id);
	}

	@PostMapping("/{id}/offboarding")
	@Permitted(Permission.WORKFORCE_EDIT)
	@Operation(summary = "Record a departure: {\"endedOn\": \"2025-06-10\", \"endedAt\": \"17:30\"} (the practice's "
			+ "time); starts the checklist; 409 if a departure is already recorded")
	ResponseEntity<List<ChecklistStep>> depart(@PathVariable UUID id, @Valid @RequestBody DepartureForm form) {
		this.workforce.member(CurrentActor.practiceId(), id);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.offboarding.recordDeparture(CurrentActor.get(), id, form));
	}

	@PostMapping("/{id}/offboarding/steps/{stepId}")
	@Permitted(Permission.WORKFORCE_EDIT)
	@Operation(summary = "Mark a step done (who and when are recorded; a step disabling an account disables it); "
			+ "409 if already done")
	ChecklistStep stepDone(@PathVariable UUID id, @PathVariable UUID stepId) {
		return this.offboarding.completeStep(CurrentActor.get(), id, stepId);
	}

	/**
	 * One access finding.
	 *
	 * @param kind {@code account.shared-login}, {@code account.no-mfa},
	 * {@code account.leaver-active} or {@code person.no-unique-account}
	 * @param citation the rule it concerns
	 * @param title the kind in words
	 * @param subject who and which system
	 * @param personIds the people concerned (several for a shared login)
	 */
	record FindingView(String kind, String citation, String title, String subject, List<UUID> personIds) {

		static FindingView of(AccessFinding finding) {
			return new FindingView(finding.kind(), finding.citation(), finding.title(), finding.subject(),
					finding.personIds());
		}

	}

	@GetMapping("/findings")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "Every access finding now: shared logins, accounts without multi-factor sign-in on systems "
			+ "with patient information, enabled accounts of people who left, people without an account of their own")
	List<FindingView> findings() {
		return this.workforce.findings(CurrentActor.practiceId()).stream().map(FindingView::of).toList();
	}

	@GetMapping("/{id}/accounts")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "A person's accounts in the inventory's systems, enabled first")
	List<SystemAccount> accounts(@PathVariable UUID id) {
		return this.workforce.accounts(CurrentActor.practiceId(), id);
	}

	@PostMapping("/{id}/accounts")
	@Permitted(Permission.ACCOUNTS_EDIT)
	@Operation(summary = "Record an account: systemId (an inventory system), username, privilege (USER, ELEVATED, "
			+ "ADMIN), mfa, disabledOn")
	ResponseEntity<SystemAccount> addAccount(@PathVariable UUID id, @Valid @RequestBody AccountForm form) {
		this.workforce.member(CurrentActor.practiceId(), id);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.accounts.add(CurrentActor.get(), id, form));
	}

	@PutMapping("/{id}/accounts/{accountId}")
	@Permitted(Permission.ACCOUNTS_EDIT)
	@Operation(summary = "Change an account (the same fields); set disabledOn to record that it was disabled")
	SystemAccount updateAccount(@PathVariable UUID id, @PathVariable UUID accountId,
			@Valid @RequestBody AccountForm form) {
		this.accounts.account(CurrentActor.practiceId(), id, accountId);
		return this.accounts.update(CurrentActor.get(), id, accountId, form);
	}

	@PutMapping("/{id}/systems")
	@Permitted(Permission.ACCOUNTS_EDIT)
	@Operation(summary = "Replace the systems a person uses: {\"systemIds\": [...]}")
	List<UUID> useSystems(@PathVariable UUID id, @Valid @RequestBody SystemUseForm form) {
		this.workforce.member(CurrentActor.practiceId(), id);
		return this.accounts.useSystems(CurrentActor.get(), id, form);
	}

	@GetMapping
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "The roster, people still working first, then by name; 100 per page (page=0, 1, ...; "
			+ "the total is in X-Total-Count)")
	ResponseEntity<List<StaffMember>> list(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		List<StaffMember> staff = this.workforce.staff(practiceId, page);
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, Long.toString(this.workforce.countStaff(practiceId)))
			.body(staff);
	}

	@PostMapping
	@Permitted(Permission.WORKFORCE_EDIT)
	@Operation(summary = "Add a person: name, jobRole, workforceType (EMPLOYEE, CONTRACTOR, VOLUNTEER, TRAINEE), "
			+ "startedOn, supervisorId, userId, clearanceDone, clearanceOn, clearanceNote")
	ResponseEntity<StaffMember> add(@Valid @RequestBody StaffForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.service.add(CurrentActor.get(), form));
	}

	@GetMapping("/{id}")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "One person of the roster")
	StaffMember read(@PathVariable UUID id) {
		return this.workforce.member(CurrentActor.practiceId(), id);
	}

	@PutMapping("/{id}")
	@Permitted(Permission.WORKFORCE_EDIT)
	@Operation(summary = "Change a person's details (the same fields as for adding); a departure is recorded "
			+ "through the offboarding endpoint")
	StaffMember update(@PathVariable UUID id, @Valid @RequestBody StaffForm form) {
		return this.service.update(CurrentActor.get(), id, form);
	}

}
