package dev.bulwark.calendar;

import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.PublicEndpoint;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The private calendar feed: created, replaced and revoked by its person; read by
 * calendar applications without signing in, the secret in the address being the
 * credential.
 */
@Controller
class FeedController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeed feed;

	FeedController(CalendarFeed feed) {
		this.feed = feed;
	}

	@PostMapping("/tasks/reminders/feed")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	String create(RedirectAttributes redirect) {
		String path = this.feed.create(CurrentActor.get());
		redirect.addFlashAttribute("feedUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString());
		return FormPost.redirect(redirect, "/tasks/reminders",
				"Your calendar feed address is below. Copy it now: Bulwark shows it only once.");
	}

	@PostMapping("/tasks/reminders/feed/revoke")
	@Permitted(Permission.TASKS_COMPLETE_OWN)
	String revoke(RedirectAttributes redirect) {
		this.feed.revoke(CurrentActor.get());
		return FormPost.redirect(redirect, "/tasks/reminders", "Your calendar feed address no longer works.");
	}

	@GetMapping(CalendarFeed.PATH)
	@PublicEndpoint
	ResponseEntity<String> read(@PathVariable UUID practiceId, @PathVariable String secret) {
		return this.feed.render(practiceId, secret)
			.map((body) -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.cacheControl(CacheControl.noStore())
				.header("Referrer-Policy", "no-referrer")
				.body(body))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}

}
