package dev.bulwark.training;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.FormPost;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training pages: the person's own training (modules to take, results, certificates),
 * a module with its quiz, the result of an attempt, and the security officer's completion
 * matrix with assignment. Every POST is the kit's three lines through {@link FormPost}.
 */
@Controller
@RequestMapping("/training")
class TrainingController {

	private final Training training;

	TrainingController(Training training) {
		this.training = training;
	}

	@GetMapping
	@Permitted(Permission.TRAINING_TAKE)
	String mine(Model model) {
		Actor actor = CurrentActor.get();
		List<Attempt> attempts = this.training.attemptsOf(actor.practiceId(), actor.userId());
		model.addAttribute("assignments",
				this.training.tasksOf(actor.practiceId(), actor.userId(), this.training.today(actor)));
		model.addAttribute("modules", this.training.modules());
		model.addAttribute("titles", this.training.titles());
		model.addAttribute("passed", attempts.stream().filter(Attempt::passed).toList());
		model.addAttribute("today", this.training.today(actor));
		return "training/mine";
	}

	@GetMapping("/modules/{key}")
	@Permitted(Permission.TRAINING_TAKE)
	String module(@PathVariable String key, Model model) {
		if (!model.containsAttribute("quiz")) {
			model.addAttribute("quiz", new QuizForm(null));
		}
		return modulePage(model, key);
	}

	@PostMapping("/modules/{key}/attempts")
	@Permitted(Permission.TRAINING_TAKE)
	String take(@PathVariable String key, @ModelAttribute("quiz") QuizForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.training.take(CurrentActor.get(), key, form),
				(attempt) -> FormPost.redirect(redirect, "/training/attempts/" + attempt.id(),
						attempt.passed() ? "You passed \"" + attempt.moduleTitle() + "\" with " + attempt.score() + "%."
								: "You scored " + attempt.score() + "%; the pass mark is " + attempt.passMark()
										+ "%. Read the module again and retake the quiz."),
				() -> modulePage(model, key));
	}

	@GetMapping("/attempts/{id}")
	@Permitted(Permission.TRAINING_TAKE)
	String attempt(@PathVariable UUID id, Model model) {
		Attempt attempt = this.training.attempt(CurrentActor.get(), id);
		model.addAttribute("attempt", attempt);
		model.addAttribute("module", this.training.module(attempt.moduleKey()));
		return "training/attempt";
	}

	@GetMapping("/attempts/{id}/certificate")
	@Permitted(Permission.TRAINING_TAKE)
	ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
		byte[] pdf = this.training.certificate(CurrentActor.get(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("training-certificate-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	@GetMapping("/matrix")
	@Permitted(Permission.WORKFORCE_READ)
	String matrix(Model model) {
		if (!model.containsAttribute("assignment")) {
			model.addAttribute("assignment", new AssignForm(null, null, null));
		}
		return matrixPage(model);
	}

	@PostMapping("/assignments")
	@Permitted(Permission.TRAINING_MANAGE)
	String assign(@ModelAttribute("assignment") AssignForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(errors, () -> this.training.assign(CurrentActor.get(), form),
				(made) -> FormPost.redirect(redirect, "/training/matrix",
						made.isEmpty() ? "Nothing new to assign: everyone already has these modules open."
								: made.size() + " assignment" + ((made.size() == 1) ? "" : "s") + " made."),
				() -> matrixPage(model));
	}

	private String modulePage(Model model, String key) {
		TrainingModule module = this.training.module(key);
		model.addAttribute("module", module);
		model.addAttribute("html", module.html());
		return "training/module";
	}

	private String matrixPage(Model model) {
		UUID practiceId = CurrentActor.practiceId();
		model.addAttribute("matrix", this.training.matrix(practiceId));
		model.addAttribute("people",
				this.training.workforce(practiceId)
					.stream()
					.map((member) -> Choice.of(member.userId(), member.displayName()))
					.toList());
		model.addAttribute("moduleChoices",
				this.training.modules().stream().map((m) -> Choice.of(m.key(), m.title())).toList());
		return "training/matrix";
	}

}
