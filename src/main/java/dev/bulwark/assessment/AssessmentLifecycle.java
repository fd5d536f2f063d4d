package dev.bulwark.assessment;

import dev.bulwark.shared.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * The assessment's state machine: draft, then in review, then signed off and frozen.
 * <ul>
 * <li>Draft: the team answers; staff answer the questions assigned to them.</li>
 * <li>In review: handed to the security officer; staff can no longer change their
 * answers, the security officer and the IT technician still can. The security officer may
 * send it back to draft.</li>
 * <li>Signed off: the security officer attested it with their name and the date; nothing
 * in it changes any more.</li>
 * </ul>
 */
final class AssessmentLifecycle {

	private AssessmentLifecycle() {
	}

	/** Fails unless the assessment can still change. */
	static void requireOpen(AssessmentStatus status) {
		if (!status.open()) {
			throw AssessmentConflictException.frozen();
		}
	}

	static AssessmentStatus submit(AssessmentStatus status) {
		requireOpen(status);
		if (status == AssessmentStatus.IN_REVIEW) {
			throw new AssessmentConflictException("This assessment is already in review.");
		}
		return AssessmentStatus.IN_REVIEW;
	}

	static AssessmentStatus reopen(AssessmentStatus status, Role role) {
		requireSecurityOfficer(role, "Only the security officer can send an assessment back to draft.");
		requireOpen(status);
		if (status == AssessmentStatus.DRAFT) {
			throw new AssessmentConflictException("This assessment is already a draft.");
		}
		return AssessmentStatus.DRAFT;
	}

	/**
	 * Checks a sign-off and returns the new status.
	 * @param unanswered how many asked questions have no answer
	 * @param openDecisions how many addressable specifications have no decision
	 */
	static AssessmentStatus signOff(AssessmentStatus status, Role role, SignOffForm form, int unanswered,
			int openDecisions) {
		requireSecurityOfficer(role, "Only the security officer can sign off the risk assessment.");
		requireOpen(status);
		if (status == AssessmentStatus.DRAFT) {
			throw new AssessmentConflictException("Submit the assessment for review before signing it off.");
		}
		if (form.name() == null || form.name().isBlank()) {
			throw new AssessmentInputException("name", "Type your full name as the person signing off.");
		}
		if (!form.attest()) {
			throw new AssessmentInputException("attest", "Tick the box to confirm the attestation.");
		}
		if ((unanswered > 0 || openDecisions > 0) && !form.acknowledgeIncomplete()) {
			throw new AssessmentInputException("acknowledgeIncomplete",
					"Some questions or decisions are still open. Complete them, or tick the box to sign off "
							+ "anyway; the report will list them as open.");
		}
		return AssessmentStatus.SIGNED_OFF;
	}

	/**
	 * Whether a person in the given role may answer a question.
	 * @param technical whether the question is about IT (see
	 * {@link Permissions#technical})
	 * @param assignedToThem whether the question is assigned to the person
	 */
	static boolean mayAnswer(AssessmentStatus status, Role role, boolean technical, boolean assignedToThem) {
		if (role == null) {
			return false;
		}
		return switch (role) {
			case SECURITY_OFFICER -> true;
			case MSP_TECHNICIAN -> technical || assignedToThem;
			case STAFF -> assignedToThem && status == AssessmentStatus.DRAFT;
			case AUDITOR -> false;
		};
	}

	/** The attestation a security officer signs, with their name, practice and date. */
	static String attestation(String name, String practiceName, java.time.LocalDate date) {
		return "I, " + name.trim() + ", security official of " + practiceName + ", attest that this security risk "
				+ "analysis was carried out under my direction, that it describes the practice's systems, "
				+ "safeguards and risks as of " + date + " to the best of my knowledge, and that the risks it "
				+ "lists will be managed as set out in the treatment plan.";
	}

	private static void requireSecurityOfficer(Role role, String message) {
		if (role != Role.SECURITY_OFFICER) {
			throw new AccessDeniedException(message);
		}
	}

}
