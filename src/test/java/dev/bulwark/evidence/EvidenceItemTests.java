package dev.bulwark.evidence;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention rule of 164.316(b)(2)(i) and the item's transitions. */
class EvidenceItemTests {

	private static final LocalDate CREATED = LocalDate.of(2025, 3, 10);

	private static EvidenceItem item(LocalDate createdOn, LocalDate effectiveUntil) {
		return EvidenceItem.create(UUID.randomUUID(), UUID.randomUUID(),
				new EvidenceForm("Backup report", null, effectiveUntil), "fallback", createdOn);
	}

	@Test
	void aRecordOfOneMomentIsKeptSixYearsFromItsCreation() {
		assertThat(item(CREATED, null).retainUntil()).isEqualTo(LocalDate.of(2031, 3, 10));
	}

	@Test
	void aDocumentInEffectLaterIsKeptSixYearsFromItsLastEffectiveDate() {
		assertThat(item(CREATED, LocalDate.of(2027, 6, 30)).retainUntil()).isEqualTo(LocalDate.of(2033, 6, 30));
		// An end of effect before the creation (an old policy filed today) does not
		// shorten anything.
		assertThat(item(CREATED, LocalDate.of(2020, 1, 1)).retainUntil()).isEqualTo(LocalDate.of(2031, 3, 10));
	}

	@Test
	void aPeriodStartingOnALeapDayEndsOnTheFirstOfMarchNeverADayShort() {
		assertThat(EvidenceItem.sixYearsFrom(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2030, 3, 1));
		assertThat(item(LocalDate.of(2024, 2, 29), null).retainUntil()).isEqualTo(LocalDate.of(2030, 3, 1));
		assertThat(EvidenceItem.sixYearsFrom(LocalDate.of(2024, 2, 28))).isEqualTo(LocalDate.of(2030, 2, 28));
		assertThat(EvidenceItem.sixYearsFrom(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2032, 2, 28));
		assertThat(EvidenceItem.sixYearsFrom(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2031, 12, 31));
	}

	@Test
	void deletionIsRefusedUpToAndIncludingTheRetentionDate() {
		EvidenceItem item = item(CREATED, null);
		assertThat(item.deletableOn(LocalDate.of(2031, 3, 10))).isFalse();
		assertThatThrownBy(() -> item.delete(LocalDate.of(2031, 3, 10))).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("must be kept until 2031-03-10")
			.hasMessageContaining("164.316(b)(2)(i)")
			.hasMessageContaining("deleted from 2031-03-11");
		assertThatThrownBy(() -> item.delete(CREATED)).isInstanceOf(StateConflictException.class);
		EvidenceDeleted deleted = item.delete(LocalDate.of(2031, 3, 11));
		assertThat(deleted.retainedUntil()).isEqualTo(LocalDate.of(2031, 3, 10));
		assertThat(deleted.versions()).isEqualTo(1);
		assertThat(deleted.action()).isEqualTo("evidence.deleted");
	}

	@Test
	void aNewVersionKeepsTheItemSixYearsFromThatDay() {
		EvidenceItem item = item(CREATED, null);
		EvidenceVersionAdded added = item.addVersion(100, "ab", LocalDate.of(2026, 8, 1));
		assertThat(added.version()).isEqualTo(2);
		assertThat(item.currentVersion()).isEqualTo(2);
		assertThat(item.retainUntil()).isEqualTo(LocalDate.of(2032, 8, 1)).isEqualTo(added.retainUntil());
	}

	@Test
	void theRetentionDateNeverMovesEarlier() {
		EvidenceItem item = item(CREATED, LocalDate.of(2030, 1, 1));
		assertThat(item.retainUntil()).isEqualTo(LocalDate.of(2036, 1, 1));
		EvidenceDetailsChanged changed = item.change(new EvidenceForm("Policy v1", null, LocalDate.of(2026, 1, 1)));
		assertThat(item.effectiveUntil()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(item.retainUntil()).isEqualTo(LocalDate.of(2036, 1, 1)).isEqualTo(changed.retainUntil());
		item.change(new EvidenceForm("Policy v1", null, LocalDate.of(2040, 5, 5)));
		assertThat(item.retainUntil()).isEqualTo(LocalDate.of(2046, 5, 5));
		item.change(new EvidenceForm("Policy v1", null, null));
		assertThat(item.retainUntil()).isEqualTo(LocalDate.of(2046, 5, 5));
	}

	@Test
	void aTitleIsRequiredAndTheFileNameStandsInForAMissingOne() {
		EvidenceItem untitled = EvidenceItem.create(UUID.randomUUID(), UUID.randomUUID(),
				new EvidenceForm("  ", null, null), "BAA Acme Billing", CREATED);
		assertThat(untitled.title()).isEqualTo("BAA Acme Billing");
		assertThatThrownBy(() -> untitled.change(new EvidenceForm(null, null, null)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).errors()).containsKey("title"));
		assertThatThrownBy(() -> untitled.change(new EvidenceForm("x".repeat(201), null, null)))
			.isInstanceOf(InvalidInputException.class);
	}

}
