package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.List;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.StateConflictException;

/**
 * The rules of a periodic access review, plain Java. A review is a snapshot of every
 * enabled account taken when it starts; each line is decided (keep, change, remove); the
 * security officer signs it off once every line is decided, and a signed-off review is
 * kept unchanged. Only one review is open at a time.
 * <p>
 * The Security Rule asks for access to be established, reviewed and modified
 * (164.308(a)(4)(ii)(B) and (C), addressable) but sets no interval: the next review
 * {@value #INTERVAL_MONTHS} months after a sign-off is Bulwark's recommendation.
 */
final class AccessReview {

	static final String CITATION = "164.308(a)(4)(ii)(C)";

	static final int INTERVAL_MONTHS = 12;

	static final String NEXT_REVIEW_TITLE = "Review who has access to what (Bulwark's recommendation: every "
			+ INTERVAL_MONTHS + " months; the rule sets no interval)";

	private AccessReview() {
	}

	/**
	 * Starting a review: refused while another is open or when there is nothing to
	 * review.
	 */
	static void checkStart(boolean anotherOpen, int enabledAccounts) {
		if (anotherOpen) {
			throw StateConflictException.of("An access review is already open: finish and sign it off first.");
		}
		if (enabledAccounts == 0) {
			throw StateConflictException
				.of("No enabled account is recorded: record the accounts people hold before reviewing them.");
		}
	}

	/** Deciding a line: only while the review is open; a change needs a note. */
	static void checkDecision(AccessReviewSummary review, AccessReviewLineForm form) {
		checkOpen(review);
		if (form.decision() == AccessDecision.CHANGE && form.note() == null) {
			throw InvalidInputException.of("note", "Say what to change about this access.");
		}
	}

	/**
	 * Signing off: only an open review, every line decided, and the officer confirms.
	 * @return the next review's date, {@value #INTERVAL_MONTHS} months after the sign-off
	 * in the practice's calendar (Bulwark's recommendation)
	 */
	static LocalDate signOff(AccessReviewSummary review, List<AccessReviewLine> lines, SignOffForm form,
			LocalDate today) {
		checkOpen(review);
		long undecided = lines.stream().filter((l) -> l.decision() == null).count();
		if (undecided > 0) {
			throw StateConflictException.of(undecided + ((undecided == 1) ? " account is" : " accounts are")
					+ " still to review: decide every line before signing off.");
		}
		if (!form.confirmed()) {
			throw InvalidInputException.of("confirmed", "Tick the box to confirm you reviewed every line.");
		}
		return nextDue(today);
	}

	static LocalDate nextDue(LocalDate signedOn) {
		return signedOn.plusMonths(INTERVAL_MONTHS);
	}

	private static void checkOpen(AccessReviewSummary review) {
		if (review.signedOff()) {
			throw StateConflictException.of("This access review was signed off on " + review.signedOffOn() + " by "
					+ review.signedOffByName() + " and is kept unchanged.");
		}
	}

}
