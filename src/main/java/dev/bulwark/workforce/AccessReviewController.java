package dev.bulwark.workforce;

import java.util.Arrays;
import java.util.UUID;

import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Periodic access reviews: the list, starting one, deciding each line, and the security
 * officer's sign-off.
 */
@Controller
class AccessReviewController {

	private final AccessReviewService reviews;

	AccessReviewController(AccessReviewService reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/access-reviews")
	@Permitted(Permission.WORKFORCE_READ)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		long total = this.reviews.count(practiceId);
		model.addAttribute("reviews", this.reviews.reviews(practiceId, page));
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Paging.pages(total, AccessReviewService.PAGE_SIZE));
		model.addAttribute("nextDue", this.reviews.nextDue(practiceId).orElse(null));
		model.addAttribute("intervalMonths", AccessReview.INTERVAL_MONTHS);
		return "workforce/access-reviews";
	}

	@PostMapping("/access-reviews")
	@Permitted(Permission.ACCOUNTS_EDIT)
	String start(RedirectAttributes redirect) {
		AccessReviewSummary review = this.reviews.start(CurrentActor.get());
		return FormPost.redirect(redirect, "/access-reviews/" + review.id(), "Access review started: " + review.lines()
				+ ((review.lines() == 1) ? " account" : " accounts") + " to review.");
	}

	@GetMapping("/access-reviews/{id}")
	@Permitted(Permission.WORKFORCE_READ)
	String show(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("signOff")) {
			model.addAttribute("signOff", SignOffForm.blank());
		}
		return reviewPage(id, model);
	}

	@PostMapping("/access-reviews/{id}/sign-off")
	@Permitted(Permission.ACCESS_REVIEW_SIGN_OFF)
	String signOff(@PathVariable UUID id, @Valid @ModelAttribute("signOff") SignOffForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		this.reviews.review(CurrentActor.practiceId(), id);
		return FormPost.submit(errors, () -> this.reviews.signOff(CurrentActor.get(), id, form),
				(review) -> FormPost.redirect(redirect, "/access-reviews/" + id,
						"The access review was signed off. Next review recommended by " + review.nextDueOn() + "."),
				() -> reviewPage(id, model));
	}

	@GetMapping("/access-reviews/{id}/lines/{lineId}")
	@Permitted(Permission.ACCOUNTS_EDIT)
	String lineForm(@PathVariable UUID id, @PathVariable UUID lineId, Model model) {
		AccessReviewLine line = this.reviews.line(CurrentActor.practiceId(), id, lineId);
		model.addAttribute("form", AccessReviewLineForm.of(line));
		return linePage(id, lineId, model);
	}

	@PostMapping("/access-reviews/{id}/lines/{lineId}")
	@Permitted(Permission.ACCOUNTS_EDIT)
	String decide(@PathVariable UUID id, @PathVariable UUID lineId,
			@Valid @ModelAttribute("form") AccessReviewLineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.reviews.line(CurrentActor.practiceId(), id, lineId);
		return FormPost.submit(errors, () -> this.reviews.decide(CurrentActor.get(), id, lineId, form),
				(line) -> FormPost.redirect(redirect, "/access-reviews/" + id,
						"\"" + line.username() + "\" on " + line.systemName() + ": " + line.decision().label() + "."),
				() -> linePage(id, lineId, model));
	}

	private String reviewPage(UUID id, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("review", this.reviews.review(practiceId, id));
		model.addAttribute("lines", this.reviews.lines(practiceId, id));
		model.addAttribute("decisions", decisions());
		model.addAttribute("intervalMonths", AccessReview.INTERVAL_MONTHS);
		return "workforce/access-review";
	}

	private String linePage(UUID id, UUID lineId, Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("review", this.reviews.review(practiceId, id));
		model.addAttribute("line", this.reviews.line(practiceId, id, lineId));
		model.addAttribute("decisions", decisions());
		return "workforce/access-review-line";
	}

	private static java.util.List<Choice> decisions() {
		return Arrays.stream(AccessDecision.values()).map((d) -> Choice.of(d.name(), d.label())).toList();
	}

}
