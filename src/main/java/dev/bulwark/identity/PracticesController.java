package dev.bulwark.identity;

import java.util.List;
import java.util.UUID;

import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.SignedIn;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The practices a person belongs to (an MSP's portfolio), and switching between them. */
@Controller
class PracticesController {

	private final MembershipRepository memberships;

	private final Practices practices;

	private final UserAccountRepository users;

	private final ApplicationEventPublisher events;

	PracticesController(MembershipRepository memberships, Practices practices, UserAccountRepository users,
			ApplicationEventPublisher events) {
		this.events = events;
		this.memberships = memberships;
		this.practices = practices;
		this.users = users;
	}

	record PracticeChoice(PracticeDetails practice, String role, boolean current) {
	}

	@GetMapping("/practices")
	@SignedIn
	String list(Model model) {
		Actor actor = CurrentActor.get();
		List<UUID> ids = this.memberships.activePracticeIds(actor.userId());
		model.addAttribute("choices",
				this.practices.all(ids)
					.stream()
					.map((practice) -> new PracticeChoice(practice,
							this.memberships.activeRole(practice.id(), actor.userId()).map((r) -> r.label()).orElse(""),
							practice.id().equals(actor.practiceId())))
					.toList());
		return "identity/practices";
	}

	@PostMapping("/practices/switch")
	@SignedIn
	@Transactional
	String switchTo(@RequestParam UUID practiceId, HttpSession session) {
		Actor actor = CurrentActor.get();
		// Only a practice the person actively belongs to; anything else is treated as
		// unknown.
		if (this.memberships.activeRole(practiceId, actor.userId()).isEmpty()) {
			throw dev.bulwark.shared.NotFoundException.of("Practice", practiceId);
		}
		session.setAttribute(PracticeContextFilter.PRACTICE_ATTRIBUTE, practiceId);
		this.users.rememberPractice(actor.userId(), practiceId);
		if (!practiceId.equals(actor.practiceId())) {
			this.events.publishEvent(
					new PracticeSwitched(practiceId, actor.userId(), actor.auditLabel(), actor.practiceName()));
		}
		return "redirect:/";
	}

}
