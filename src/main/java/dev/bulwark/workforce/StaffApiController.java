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

	StaffApiController(Workforce workforce, StaffService service) {
		this.workforce = workforce;
		this.service = service;
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
