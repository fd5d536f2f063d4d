package dev.bulwark.dashboard;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The posture for scripts and MSP portfolio tools. */
@RestController
@Tag(name = "Dashboard", description = "Where the practice stands and what to do next")
class DashboardApiController {

	private final Posture posture;

	DashboardApiController(Posture posture) {
		this.posture = posture;
	}

	@GetMapping("/api/v1/dashboard")
	@Permitted(Permission.ASSESSMENT_READ)
	@Operation(summary = "Scores per safeguard area and overall (formula included), overdue and upcoming calendar "
			+ "items, open findings, risks by level, the five most valuable next actions, monthly snapshots")
	PostureView dashboard() {
		return this.posture.view(CurrentActor.practiceId());
	}

}
