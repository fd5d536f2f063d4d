package dev.bulwark.assessment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The single most useful next step for an assessment, in plain words, with where to do
 * it.
 *
 * @param text what to do
 * @param link where
 */
record NextStep(String text, String link) {

	/**
	 * @param profileAnswered how many profile questions are answered
	 * @param proposedRisks risks proposed but not yet reviewed
	 * @param now the current time, to tell when a signed-off analysis is due for review
	 */
	static @Nullable NextStep of(AssessmentDetails details, int profileAnswered, long proposedRisks, Instant now) {
		AssessmentSummary summary = details.summary();
		UUID id = summary.id();
		String base = "/assessments/" + id;
		if (summary.status() == AssessmentStatus.SIGNED_OFF) {
			if (summary.signedOffAt() != null && summary.signedOffAt().plus(335, ChronoUnit.DAYS).isBefore(now)) {
				return new NextStep("Start this year's assessment; it can begin from last year's answers.",
						"/assessments");
			}
			return null;
		}
		if (profileAnswered == 0) {
			return new NextStep("Answer the short practice profile, so questions that do not apply are left out.",
					base + "/profile");
		}
		SectionProgress next = details.sections()
			.stream()
			.filter((section) -> !section.complete())
			.findFirst()
			.orElse(null);
		if (next != null) {
			return new NextStep("Continue with \"" + next.title() + "\" (" + next.unanswered() + " questions left).",
					base + "/sections/" + next.key());
		}
		if (details.openDecisions() > 0) {
			return new NextStep("Record your decisions on " + details.openDecisions()
					+ " addressable specifications, all on one page.", base + "/decisions");
		}
		if (proposedRisks > 0) {
			return new NextStep(
					"Review " + proposedRisks + " proposed risks: rate them, choose a treatment and an owner.",
					"/risks?status=PROPOSED");
		}
		if (summary.status() == AssessmentStatus.DRAFT) {
			return new NextStep("Submit the assessment for review.", base + "/review");
		}
		return new NextStep("Review the assessment and sign it off.", base + "/review");
	}

}
