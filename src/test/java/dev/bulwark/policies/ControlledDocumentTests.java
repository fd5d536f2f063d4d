package dev.bulwark.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of a controlled document without Spring: the version state machine, retention
 * dates and locks, reviews and the acknowledgement rules.
 */
class ControlledDocumentTests {

	private static final UUID PRACTICE = UUID.randomUUID();

	private static final UUID OFFICER = UUID.randomUUID();

	private static final Instant NOW = Instant.parse("2026-03-01T15:00:00Z");

	private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

	private ControlledDocument policy() {
		return ControlledDocument.create(PRACTICE, UUID.randomUUID(), DocumentKind.POLICY, null, "sanctions",
				"Sanctions", List.of("164.308(a)(1)(ii)(C)"), NOW);
	}

	/** Drafts, approves and publishes a version on the given day; returns its id. */
	private UUID publishVersion(ControlledDocument document, String text, LocalDate on, boolean significant) {
		UUID id = UUID.randomUUID();
		document.startDraft(id, text, null, on, NOW, OFFICER, "Pat Officer");
		document.approve(id, on, "Pat Officer", on, NOW, OFFICER);
		document.publish(id, significant, on, NOW, OFFICER);
		return id;
	}

	// The state machine

	@Test
	void aDraftIsApprovedThenPublishedAndBecomesTheVersionInEffect() {
		ControlledDocument document = policy();
		UUID v1 = UUID.randomUUID();
		PolicyEvent.PolicyVersionDrafted drafted = document.startDraft(v1, "We do X.", null, MARCH_1, NOW, OFFICER,
				"Pat Officer");
		assertThat(drafted.versionNumber()).isEqualTo(1);
		assertThat(document.openDraft().status()).isEqualTo(VersionStatus.DRAFT);

		PolicyEvent.PolicyVersionApproved approved = document.approve(v1, MARCH_1, "Pat Officer", MARCH_1, NOW,
				OFFICER);
		assertThat(approved.summary()).isEqualTo("Version 1 of \"Sanctions\" approved by Pat Officer on 2026-03-01");
		assertThat(document.version(v1).status()).isEqualTo(VersionStatus.APPROVED);
		assertThat(document.current()).isNull();

		PolicyEvent.PolicyPublished published = document.publish(v1, false, MARCH_1, NOW, OFFICER);
		assertThat(published.significant()).as("the first version is always acknowledged").isTrue();
		assertThat(published.supersededVersion()).isNull();
		assertThat(document.current().id()).isEqualTo(v1);
		assertThat(document.current().effectiveFrom()).isEqualTo(MARCH_1);
		assertThat(document.current().retainUntil()).as("in effect: no end date yet").isNull();
		assertThat(document.details().reviewDueOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(document.openDraft()).isNull();
	}

	@Test
	void publishingSupersedesThePreviousVersionWithItsLastEffectiveDate() {
		ControlledDocument document = policy();
		UUID v1 = publishVersion(document, "First text.", MARCH_1, false);
		LocalDate later = LocalDate.of(2026, 9, 15);
		UUID v2 = UUID.randomUUID();
		document.startDraft(v2, "Second text.", "Clearer wording", later, NOW, OFFICER, "Pat Officer");
		document.approve(v2, later, "Pat Officer", later, NOW, OFFICER);
		PolicyEvent.PolicyPublished published = document.publish(v2, false, later, NOW, OFFICER);

		assertThat(published.supersededVersion()).isEqualTo(1);
		assertThat(published.supersededLastEffective()).isEqualTo(later);
		assertThat(published.supersededRetainUntil()).isEqualTo(LocalDate.of(2032, 9, 15));
		VersionDetails superseded = document.version(v1);
		assertThat(superseded.status()).isEqualTo(VersionStatus.SUPERSEDED);
		assertThat(superseded.effectiveUntil()).isEqualTo(later);
		assertThat(superseded.retainUntil()).isEqualTo(LocalDate.of(2032, 9, 15));
		assertThat(document.current().id()).isEqualTo(v2);
		assertThat(published.summary())
			.contains("version 1 superseded, last in effect 2026-09-15, kept until 2032-09-15");
	}

	@Test
	void onlyOneUnpublishedVersionAtATime() {
		ControlledDocument document = policy();
		document.startDraft(UUID.randomUUID(), "Text.", null, MARCH_1, NOW, OFFICER, "Pat");
		assertThatThrownBy(() -> document.startDraft(UUID.randomUUID(), "More.", null, MARCH_1, NOW, OFFICER, "Pat"))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("Version 1 is not published yet (draft): publish or discard it before starting another.");
	}

	@Test
	void onlyADraftCanBeChangedOrApprovedAndOnlyAnApprovedVersionPublished() {
		ControlledDocument document = policy();
		UUID v1 = UUID.randomUUID();
		document.startDraft(v1, "Text.", null, MARCH_1, NOW, OFFICER, "Pat");
		assertThatThrownBy(() -> document.publish(v1, false, MARCH_1, NOW, OFFICER))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("Only an approved version can be published; version 1 is draft. Approve it first.");
		document.approve(v1, MARCH_1, "Pat", MARCH_1, NOW, OFFICER);
		assertThatThrownBy(() -> document.changeDraft(v1, null, "Changed.", null))
			.isInstanceOf(StateConflictException.class)
			.hasMessageStartingWith("Version 1 is approved, not yet published and can no longer be changed.");
		assertThatThrownBy(() -> document.approve(v1, MARCH_1, "Pat", MARCH_1, NOW, OFFICER))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("Only a draft can be approved; version 1 is approved, not yet published.");
		document.publish(v1, false, MARCH_1, NOW, OFFICER);
		assertThatThrownBy(() -> document.publish(v1, false, MARCH_1, NOW, OFFICER))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void approvalDatesCannotBeInTheFutureNorBeforeTheDraft() {
		ControlledDocument document = policy();
		UUID v1 = UUID.randomUUID();
		document.startDraft(v1, "Text.", null, MARCH_1, NOW, OFFICER, "Pat");
		assertThatThrownBy(() -> document.approve(v1, MARCH_1.plusDays(1), "Pat", MARCH_1, NOW, OFFICER))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.errors())
				.containsEntry("approvedOn", "The approval date cannot be in the future."));
		assertThatThrownBy(() -> document.approve(v1, MARCH_1.minusDays(1), "Pat", MARCH_1, NOW, OFFICER))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.errors())
				.containsEntry("approvedOn", "The approval date cannot be before the draft was started (2026-03-01)."));
	}

	@Test
	void anUnknownVersionIsNotFound() {
		ControlledDocument document = policy();
		assertThatThrownBy(() -> document.approve(UUID.randomUUID(), MARCH_1, "Pat", MARCH_1, NOW, OFFICER))
			.isInstanceOf(NotFoundException.class);
	}

	// Retention

	@Test
	void retentionIsSixYearsFromTheLaterOfCreationAndLastEffectiveDate() {
		assertThat(ControlledDocument.retainUntil(LocalDate.of(2026, 1, 10), LocalDate.of(2027, 5, 3)))
			.isEqualTo(LocalDate.of(2033, 5, 3));
		assertThat(ControlledDocument.retainUntil(LocalDate.of(2026, 1, 10), null))
			.isEqualTo(LocalDate.of(2032, 1, 10));
		assertThat(ControlledDocument.retainUntil(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)))
			.as("never a day short after 29 February")
			.isEqualTo(LocalDate.of(2030, 3, 1));
	}

	@Test
	void aSupersededVersionCannotBeDeletedBeforeItsRetentionDateAndCanAfter() {
		ControlledDocument document = policy();
		UUID v1 = publishVersion(document, "First.", MARCH_1, false);
		publishVersion(document, "Second.", LocalDate.of(2026, 6, 1), false);
		assertThatThrownBy(() -> document.remove(v1, LocalDate.of(2032, 6, 1)))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("Version 1 of \"Sanctions\" must be kept until 2032-06-01: six years from the later of its "
					+ "creation and the last day it was in effect (2026-06-01), 164.316(b)(2)(i). It can be deleted "
					+ "from 2032-06-02.");
		PolicyEvent removed = document.remove(v1, LocalDate.of(2032, 6, 2));
		assertThat(removed).isInstanceOfSatisfying(PolicyEvent.PolicyVersionDeleted.class,
				(deleted) -> assertThat(deleted.retainedUntil()).isEqualTo(LocalDate.of(2032, 6, 1)));
		assertThat(document.details().versions()).extracting(VersionDetails::number).containsExactly(2);
	}

	@Test
	void theVersionInEffectCannotBeDeletedButAnUnpublishedOneCanBeDiscarded() {
		ControlledDocument document = policy();
		UUID v1 = publishVersion(document, "First.", MARCH_1, false);
		assertThatThrownBy(() -> document.remove(v1, LocalDate.of(2040, 1, 1)))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("is in effect and cannot be deleted");
		UUID v2 = UUID.randomUUID();
		document.startDraft(v2, "Draft.", null, MARCH_1, NOW, OFFICER, "Pat");
		document.approve(v2, MARCH_1, "Pat", MARCH_1, NOW, OFFICER);
		assertThat(document.remove(v2, MARCH_1)).isInstanceOf(PolicyEvent.PolicyVersionDiscarded.class);
		assertThat(document.openDraft()).isNull();
		assertThat(document.current().id()).isEqualTo(v1);
	}

	@Test
	void retiringKeepsTheLastVersionSixYearsAndEndsReviews() {
		ControlledDocument document = policy();
		UUID v1 = publishVersion(document, "First.", MARCH_1, false);
		LocalDate retiredOn = LocalDate.of(2027, 1, 5);
		PolicyEvent.PolicyRetired retired = document.retire(retiredOn);
		assertThat(retired.retainUntil()).isEqualTo(LocalDate.of(2033, 1, 5));
		assertThat(document.version(v1).status()).isEqualTo(VersionStatus.RETIRED);
		assertThat(document.version(v1).effectiveUntil()).isEqualTo(retiredOn);
		assertThat(document.details().reviewDueOn()).isNull();
		assertThat(document.current()).isNull();
		assertThatThrownBy(() -> document.remove(v1, LocalDate.of(2033, 1, 5)))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> document.startDraft(UUID.randomUUID(), "x", null, retiredOn, NOW, OFFICER, "Pat"))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("was retired on 2027-01-05");
		assertThatThrownBy(() -> document.retire(retiredOn)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aDocumentWithAnOpenDraftCannotBeRetired() {
		ControlledDocument document = policy();
		publishVersion(document, "First.", MARCH_1, false);
		document.startDraft(UUID.randomUUID(), "Second.", null, MARCH_1, NOW, OFFICER, "Pat");
		assertThatThrownBy(() -> document.retire(MARCH_1)).isInstanceOf(StateConflictException.class)
			.hasMessage("Version 2 is not published yet: discard it before retiring the document.");
	}

	// Reviews

	@Test
	void aReviewMovesTheNextReviewAYearOnAndCannotBeDatedAhead() {
		ControlledDocument document = policy();
		assertThatThrownBy(() -> document.review(MARCH_1, false, MARCH_1)).isInstanceOf(StateConflictException.class);
		publishVersion(document, "First.", MARCH_1, false);
		PolicyEvent.PolicyReviewed reviewed = document.review(LocalDate.of(2027, 2, 20), false,
				LocalDate.of(2027, 2, 21));
		assertThat(reviewed.nextDueOn()).isEqualTo(LocalDate.of(2028, 2, 20));
		assertThat(document.details().lastReviewedOn()).isEqualTo(LocalDate.of(2027, 2, 20));
		assertThatThrownBy(() -> document.review(LocalDate.of(2027, 3, 1), false, LocalDate.of(2027, 2, 28)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.errors())
				.containsEntry("reviewedOn", "The review date cannot be in the future."));
		assertThatThrownBy(() -> document.review(LocalDate.of(2026, 2, 1), false, LocalDate.of(2027, 2, 28)))
			.isInstanceOf(InvalidInputException.class);
	}

	// Acknowledgements

	@Test
	void everyoneAcknowledgesTheFirstVersionAndAgainOnlyAfterASignificantChange() {
		ControlledDocument document = policy();
		assertThat(document.awaitsAcknowledgement(Set.of())).as("nothing in effect").isFalse();
		publishVersion(document, "First.", MARCH_1, false);
		assertThat(document.awaitsAcknowledgement(Set.of())).isTrue();
		assertThat(document.awaitsAcknowledgement(Set.of(1))).isFalse();

		publishVersion(document, "Typo fixed.", MARCH_1, false);
		assertThat(document.awaitsAcknowledgement(Set.of(1))).as("a minor change asks nothing").isFalse();
		assertThat(document.awaitsAcknowledgement(Set.of())).isTrue();

		publishVersion(document, "New rules.", MARCH_1, true);
		assertThat(document.awaitsAcknowledgement(Set.of(1))).as("a significant change asks again").isTrue();
		assertThat(document.awaitsAcknowledgement(Set.of(1, 3))).isFalse();
		assertThat(document.acknowledgementDueOn(30)).isEqualTo(MARCH_1.plusDays(30));
	}

	@Test
	void onlyTheVersionInEffectIsAcknowledgedAndOnlyOnce() {
		ControlledDocument document = policy();
		UUID v1 = publishVersion(document, "First.", MARCH_1, false);
		UUID person = UUID.randomUUID();
		PolicyEvent.PolicyAcknowledged ack = document.acknowledge(v1, person, "Sam Staff", Set.of(), MARCH_1);
		assertThat(ack.summary()).isEqualTo("Sam Staff acknowledged version 1 of \"Sanctions\"");
		assertThatThrownBy(() -> document.acknowledge(v1, person, "Sam Staff", Set.of(1), MARCH_1))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("You have already acknowledged version 1 of \"Sanctions\".");
		publishVersion(document, "Second.", MARCH_1, true);
		assertThatThrownBy(() -> document.acknowledge(v1, person, "Sam Staff", Set.of(1), MARCH_1))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("Version 1 of \"Sanctions\" is not in effect; read version 2 and acknowledge that one.");
		assertThatThrownBy(() -> document.acknowledge(UUID.randomUUID(), person, "Sam", Set.of(), MARCH_1))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.errors())
				.containsEntry("versionId", "That version does not exist in this practice."));
	}

	@Test
	void plansOfOtherModulesAreNotAcknowledgedByStaff() {
		ControlledDocument plan = ControlledDocument.create(PRACTICE, UUID.randomUUID(), DocumentKind.CONTINGENCY_PLAN,
				"contingency:plan", null, "Contingency plan", List.of(), NOW);
		UUID v1 = publishVersion(plan, "Plan.", MARCH_1, true);
		assertThat(plan.awaitsAcknowledgement(Set.of())).isFalse();
		assertThatThrownBy(() -> plan.acknowledge(v1, UUID.randomUUID(), "Sam", Set.of(), MARCH_1))
			.isInstanceOf(StateConflictException.class);
	}

}
