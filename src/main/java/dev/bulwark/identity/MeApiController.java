package dev.bulwark.identity;

import java.util.UUID;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API token belongs to, which practice it acts in and with which role. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "The caller of the API")
class MeApiController {

	record UserView(UUID id, String email, String name) {
	}

	/**
	 * @param timeZone the practice's time zone (such as {@code America/Chicago}): dates
	 * in the API are the practice's local dates
	 */
	record PracticeView(UUID id, String name, String timeZone) {
	}

	record MeView(UserView user, PracticeView practice, String role) {
	}

	@GetMapping("/me")
	@Permitted(Permission.PRACTICE_MEMBER)
	@Operation(summary = "The token's user, practice (with its time zone) and role")
	MeView me() {
		Actor actor = CurrentActor.get();
		return new MeView(new UserView(actor.userId(), actor.email(), actor.displayName()),
				new PracticeView(actor.practiceId(), actor.practiceName(), actor.zone().getId()), actor.role().name());
	}

}
