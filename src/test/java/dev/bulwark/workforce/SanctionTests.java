package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a sanction record, without Spring. */
class SanctionTests {

	private static final StaffMember ANA = new StaffMember(UUID.randomUUID(), "Ana Lopez", null, WorkforceType.EMPLOYEE,
			LocalDate.of(2024, 3, 1), null, null, null, null, null, false, null, null);

	private static SanctionForm on(LocalDate date) {
		return new SanctionForm(ANA.id(), date, "Password management", "Shared a password", "Written warning");
	}

	@Test
	void theViolationIsNotInTheFutureNorBeforeThePersonStarted() {
		LocalDate today = LocalDate.of(2025, 5, 1);
		assertThatThrownBy(() -> Sanction.check(on(today.plusDays(1)), ANA, today)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(e) -> assertThat(e.errors()).containsEntry("occurredOn", "The date cannot be in the future."));
		assertThatThrownBy(() -> Sanction.check(on(LocalDate.of(2024, 2, 1)), ANA, today))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.errors())
				.containsEntry("occurredOn", "The date cannot be before Ana Lopez started (2024-03-01)."));
		Sanction.check(on(today), ANA, today);
	}

}
