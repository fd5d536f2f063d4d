package dev.bulwark.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an access review, without Spring. */
class AccessReviewTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

	private static AccessReviewSummary open() {
		return new AccessReviewSummary(UUID.randomUUID(), Instant.parse("2025-02-27T10:00:00Z"), "Pat", 2, 1, null,
				null, null, null, null);
	}

	private static AccessReviewSummary signed() {
		return new AccessReviewSummary(UUID.randomUUID(), Instant.parse("2025-02-27T10:00:00Z"), "Pat", 2, 2,
				Instant.parse("2025-02-28T10:00:00Z"), "Pat Lee", LocalDate.of(2025, 2, 28), null,
				LocalDate.of(2026, 2, 28));
	}

	private static AccessReviewLine line(AccessDecision decision) {
		return new AccessReviewLine(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Ana",
				"Cloud EHR", "ana", Privilege.USER, true, decision, null, null, null);
	}

	@Test
	void aReviewStartsOnlyWhenNoneIsOpenAndThereAreAccounts() {
		assertThatThrownBy(() -> AccessReview.checkStart(true, 3)).isInstanceOf(StateConflictException.class)
			.hasMessage("An access review is already open: finish and sign it off first.");
		assertThatThrownBy(() -> AccessReview.checkStart(false, 0)).isInstanceOf(StateConflictException.class);
		AccessReview.checkStart(false, 1);
	}

	@Test
	void aChangeNeedsANote() {
		assertThatThrownBy(
				() -> AccessReview.checkDecision(open(), new AccessReviewLineForm(AccessDecision.CHANGE, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(e) -> assertThat(e.errors()).containsEntry("note", "Say what to change about this access."));
		AccessReview.checkDecision(open(), new AccessReviewLineForm(AccessDecision.KEEP, null));
	}

	@Test
	void aSignedOffReviewIsKeptUnchanged() {
		assertThatThrownBy(
				() -> AccessReview.checkDecision(signed(), new AccessReviewLineForm(AccessDecision.KEEP, null)))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("signed off on 2025-02-28 by Pat Lee");
		assertThatThrownBy(() -> AccessReview.signOff(signed(), List.of(line(AccessDecision.KEEP)),
				new SignOffForm(null, true), TODAY))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void signOffNeedsEveryLineDecidedAndConfirmation() {
		assertThatThrownBy(() -> AccessReview.signOff(open(), List.of(line(AccessDecision.KEEP), line(null)),
				new SignOffForm(null, true), TODAY))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("1 account is still to review: decide every line before signing off.");
		assertThatThrownBy(() -> AccessReview.signOff(open(), List.of(line(AccessDecision.KEEP)),
				new SignOffForm(null, null), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.errors())
				.containsEntry("confirmed", "Tick the box to confirm you reviewed every line."));
	}

	@Test
	void theNextReviewIsRecommendedTwelveMonthsAfterTheSignOffInThePracticesCalendar() {
		assertThat(
				AccessReview.signOff(open(), List.of(line(AccessDecision.REMOVE)), new SignOffForm("ok", true), TODAY))
			.isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(AccessReview.NEXT_REVIEW_TITLE).contains("Bulwark's recommendation").contains("sets no interval");
	}

}
