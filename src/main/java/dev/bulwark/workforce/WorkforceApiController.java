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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Onboarding checklists, access reviews and sanction records for scripts and MSP tools.
 */
@RestController
@Tag(name = "Workforce", description = "Onboarding, periodic access reviews and sanction records")
class WorkforceApiController {

	private final Workforce workforce;

	private final OnboardingService onboarding;

	private final AccessReviewService reviews;

	private final SanctionService sanctions;

	WorkforceApiController(Workforce workforce, OnboardingService onboarding, AccessReviewService reviews,
			SanctionService sanctions) {
		this.workforce = workforce;
		this.onboarding = onboarding;
		this.reviews = reviews;
		this.sanctions = sanctions;
	}

	// Onboarding

	@GetMapping("/api/v1/staff/{id}/onboarding")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "A person's onboarding checklist: accounts with least privilege, training assigned, policies "
			+ "acknowledged; each step with what the records say, and who did it and when")
	List<OnboardingStep> onboarding(@PathVariable UUID id) {
		return this.onboarding.checklist(CurrentActor.practiceId(), id);
	}

	@PostMapping("/api/v1/staff/{id}/onboarding/steps/{stepId}")
	@Permitted(Permission.WORKFORCE_EDIT)
	@Operation(summary = "Mark an onboarding step done (who and when are recorded); 409 if already done")
	OnboardingStep onboardingStepDone(@PathVariable UUID id, @PathVariable UUID stepId) {
		this.workforce.member(CurrentActor.practiceId(), id);
		return this.onboarding.completeStep(CurrentActor.get(), id, stepId);
	}

	// Access reviews

	/**
	 * A review with its lines.
	 *
	 * @param review where it stands
	 * @param lines every account reviewed
	 */
	record ReviewView(AccessReviewSummary review, List<AccessReviewLine> lines) {
	}

	@GetMapping("/api/v1/access-reviews")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "Access reviews, newest first; 50 per page (the total is in X-Total-Count)")
	ResponseEntity<List<AccessReviewSummary>> reviews(@RequestParam(defaultValue = "0") int page) {
		UUID practiceId = CurrentActor.practiceId();
		List<AccessReviewSummary> list = this.reviews.reviews(practiceId, page);
		return ResponseEntity.ok()
			.header(StaffApiController.TOTAL_COUNT, Long.toString(this.reviews.count(practiceId)))
			.body(list);
	}

	@PostMapping("/api/v1/access-reviews")
	@Permitted(Permission.ACCOUNTS_EDIT)
	@Operation(summary = "Start an access review: a line per enabled account; 409 while another review is open")
	ResponseEntity<ReviewView> startReview() {
		AccessReviewSummary review = this.reviews.start(CurrentActor.get());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ReviewView(review, this.reviews.lines(CurrentActor.practiceId(), review.id())));
	}

	@GetMapping("/api/v1/access-reviews/{id}")
	@Permitted(Permission.WORKFORCE_READ)
	@Operation(summary = "One access review with its lines")
	ReviewView review(@PathVariable UUID id) {
		UUID practiceId = CurrentActor.practiceId();
		return new ReviewView(this.reviews.review(practiceId, id), this.reviews.lines(practiceId, id));
	}

	@PutMapping("/api/v1/access-reviews/{id}/lines/{lineId}")
	@Permitted(Permission.ACCOUNTS_EDIT)
	@Operation(summary = "Decide a line: {\"decision\": \"KEEP\" | \"CHANGE\" | \"REMOVE\", \"note\": \"...\"} "
			+ "(a change needs a note); 409 once signed off")
	AccessReviewLine decide(@PathVariable UUID id, @PathVariable UUID lineId,
			@Valid @RequestBody AccessReviewLineForm form) {
		this.reviews.line(CurrentActor.practiceId(), id, lineId);
		return this.reviews.decide(CurrentActor.get(), id, lineId, form);
	}

	@PostMapping("/api/v1/access-reviews/{id}/sign-off")
	@Permitted(Permission.ACCESS_REVIEW_SIGN_OFF)
	@Operation(
			summary = "Sign off (security officer only): {\"conclusion\": \"...\", \"confirmed\": true}; 409 while a "
					+ "line is undecided or once signed off. The next review is Bulwark's recommendation (12 months)")
	AccessReviewSummary signOff(@PathVariable UUID id, @Valid @RequestBody SignOffForm form) {
		this.reviews.review(CurrentActor.practiceId(), id);
		return this.reviews.signOff(CurrentActor.get(), id, form);
	}

	// Sanctions

	@GetMapping("/api/v1/sanctions")
	@Permitted(Permission.SANCTIONS_READ)
	@Operation(summary = "Sanction records (security officer only), newest first; 50 per page")
	ResponseEntity<List<Sanction>> sanctions(@RequestParam(defaultValue = "0") int page) {
		List<Sanction> list = this.sanctions.sanctions(CurrentActor.get(), page);
		return ResponseEntity.ok()
			.header(StaffApiController.TOTAL_COUNT, Long.toString(this.sanctions.count(CurrentActor.get())))
			.body(list);
	}

	@PostMapping("/api/v1/sanctions")
	@Permitted(Permission.SANCTIONS_EDIT)
	@Operation(summary = "Record a sanction: personId, occurredOn, policyViolated, whatHappened, sanction")
	ResponseEntity<Sanction> recordSanction(@Valid @RequestBody SanctionForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.sanctions.record(CurrentActor.get(), form));
	}

	@GetMapping("/api/v1/sanctions/{id}")
	@Permitted(Permission.SANCTIONS_READ)
	@Operation(summary = "One sanction record")
	Sanction sanction(@PathVariable UUID id) {
		return this.sanctions.sanction(CurrentActor.get(), id);
	}

}
