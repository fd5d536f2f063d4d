package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.function.Predicate;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.StateConflictException;

import org.springframework.security.access.AccessDeniedException;

/**
 * The assessment's state machine: draft, then in review, then signed off and frozen.
 * <ul>
 * <li>Draft: the team answers; staff answer the questions assigned to them.</li>
 * <li>In review: handed to the security officer; staff can no longer change their
 * answers, the security officer and the IT technician still can. Whoever may sign off may
 * send it back to draft.</li>
 * <li>Signed off: the security officer attested it with their name and the date; nothing
 * in it changes any more.</li>
 * </ul>
 * Who may do what comes from the permission table ({@link Permission}): the rules take
 * the person's permissions as a predicate, so they stay plain Java.
 */
final class AssessmentLifecycle {

	private AssessmentLifecycle() {
	}

	/** The refusal of any change to a signed-off assessment. */
	static StateConflictException frozen() {
		return StateConflictException.of("This assessment was signed off and is frozen, so nothing in it can "
				+ "change. Start a new assessment to record changes; it can begin from these answers.");
	}

	/** Fails unless the assessment can still change. */
	static void requireOpen(AssessmentStatus status) {
		if (!status.open()) {
			throw frozen();
		}
	}

	static AssessmentStatus submit(AssessmentStatus status) {
		requireOpen(status);
		if (status == AssessmentStatus.IN_REVIEW) {
			throw StateConflictException.of("This assessment is already in review.");
		}
		return AssessmentStatus.IN_REVIEW;
	}

	static AssessmentStatus reopen(AssessmentStatus status, Predicate<Permission> can) {
		require(can, Permission.ASSESSMENT_SIGN_OFF, "Only the security officer can send an assessment back to draft.");
		requireOpen(status);
		if (status == AssessmentStatus.DRAFT) {
			throw StateConflictException.of("This assessment is already a draft.");
		}
		return AssessmentStatus.DRAFT;
	}

	/**
	 * Checks a sign-off and returns the new status. Every problem with the form is
	 * reported at once.
	 * @param unanswered how many asked questions have no answer
	 * @param openDecisions how many addressable specifications have no decision
	 */
	static AssessmentStatus signOff(AssessmentStatus status, Predicate<Permission> can, SignOffForm form,
			String accountName, int unanswered, int openDecisions) {
		require(can, Permission.ASSESSMENT_SIGN_OFF, "Only the security officer can sign off the risk assessment.");
		requireOpen(status);
		// Whoever may sign off is the reviewer: a draft needs no separate "submit for
		// review" step before they sign it.
		new InvalidInputException.Problems()
			.addIf(form.name() == null || form.name().isBlank(), "name",
					"Type your full name as the person signing off.")
			.addIf(form.name() != null && !form.name().isBlank() && !sameName(form.name(), accountName), "name",
					"Type your name as it is on your account: \"" + accountName
							+ "\". Change it under your account first if it is wrong.")
			.addIf(!form.attest(), "attest", "Tick the box to confirm the attestation.")
			.addIf((unanswered > 0 || openDecisions > 0) && !form.acknowledgeIncomplete(), "acknowledgeIncomplete",
					"Some questions or decisions are still open. Complete them, or tick the box to sign off "
							+ "anyway; the report will list them as open.")
			.throwIfAny();
		return AssessmentStatus.SIGNED_OFF;
	}

	/**
	 * Whether a person may answer a question: whoever may sign off answers anything;
	 * whoever may edit the assessment (the IT technician) answers technical questions and
	 * those assigned to them; whoever may only answer assigned questions (staff) answers
	 * those, while the assessment is a draft.
	 * @param technical whether the question is about IT (see
	 * {@link Permissions#technical})
	 * @param assignedToThem whether the question is assigned to the person
	 */
	static boolean mayAnswer(AssessmentStatus status, Predicate<Permission> can, boolean technical,
			boolean assignedToThem) {
		if (can.test(Permission.ASSESSMENT_SIGN_OFF)) {
			return true;
		}
		if (can.test(Permission.ASSESSMENT_EDIT)) {
			return technical || assignedToThem;
		}
		return can.test(Permission.ASSESSMENT_ANSWER_ASSIGNED) && assignedToThem && status == AssessmentStatus.DRAFT;
	}

	/** The attestation a security officer signs, with their name, practice and date. */
	static String attestation(String name, String practiceName, LocalDate date) {
		return "I, " + name.trim() + ", security official of " + practiceName + ", attest that this security risk "
				+ "analysis was carried out under my direction, that it describes the practice's systems, "
				+ "safeguards and risks as of " + date + " to the best of my knowledge, and that the risks it "
				+ "lists will be managed as set out in the treatment plan.";
	}

	/** Names compared without regard to case or repeated spaces. */
	static boolean sameName(String typed, String account) {
		return normalName(typed).equals(normalName(account));
	}

	private static String normalName(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The risks that signing off remedies: raised only by questions about the time before
	 * this assessment (no current risk analysis, risks not treated), which the signed
	 * analysis and its treatment plan themselves put right. Only when every other current
	 * risk has a treatment or an acceptance; none otherwise.
	 * @param cured whether a risk's raising questions are all cured by sign-off
	 */
	static java.util.List<RiskDetails> remediedBySignOff(java.util.List<RiskDetails> register,
			Predicate<java.util.List<String>> cured) {
		java.util.List<RiskDetails> candidates = register.stream()
			.filter(RiskDetails::current)
			.filter((risk) -> risk.status() != RiskStatus.ACCEPTED)
			.filter((risk) -> risk.source() == RiskSource.QUESTIONNAIRE && risk.sourceLink() == null)
			.filter((risk) -> cured.test(risk.questionKeys()))
			.toList();
		boolean othersHandled = register.stream()
			.filter(RiskDetails::current)
			.filter((risk) -> !candidates.contains(risk))
			.allMatch((risk) -> risk.status() == RiskStatus.ACCEPTED
					|| (risk.status() == RiskStatus.OPEN && risk.treatment() != null));
		return othersHandled ? candidates : java.util.List.of();
	}

	private static void require(Predicate<Permission> can, Permission permission, String message) {
		if (!can.test(permission)) {
			throw new AccessDeniedException(message);
		}
	}

}
