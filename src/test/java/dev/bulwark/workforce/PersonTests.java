package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules of a person's record, without Spring. */
class PersonTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

	private static final UUID PRACTICE = UUID.randomUUID();

	private static StaffForm form(Boolean clearanceDone, LocalDate clearanceOn, UUID supervisor) {
		return new StaffForm("Ana Lopez", "Hygienist", WorkforceType.VOLUNTEER, LocalDate.of(2025, 1, 6), supervisor,
				null, clearanceDone, clearanceOn, "References and licence");
	}

	@Test
	void aVolunteerIsAddedAsAWorkforceMember() {
		Person person = Person.add(PRACTICE, form(true, TODAY, null), TODAY);
		WorkforceEvent.StaffAdded added = person.added();
		assertThat(added.summary()).isEqualTo("Staff member added: \"Ana Lopez\" (Volunteer)");
		assertThat(added.action()).isEqualTo("staff.added");
		assertThat(added.objectId()).isEqualTo(person.id().toString());
	}

	@Test
	void clearanceChecksDoneNeedTheirDate() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Person.add(PRACTICE, form(true, null, null), TODAY))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("clearanceOn",
					"Enter the date the clearance checks were completed."));
	}

	@Test
	void aDateWithoutTheTickIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Person.add(PRACTICE, form(false, TODAY, null), TODAY))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("clearanceOn",
					"Tick \"Clearance checks done\" as well, or leave the date empty."));
	}

	@Test
	void clearanceChecksCannotBeCompletedInTheFuture() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Person.add(PRACTICE, form(true, TODAY.plusDays(1), null), TODAY))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("clearanceOn",
					"The clearance checks cannot be completed in the future."));
	}

	@Test
	void nobodySupervisesThemselves() {
		Person person = Person.add(PRACTICE, form(false, null, null), TODAY);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> person.change(form(false, null, person.id()), TODAY))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("supervisorId",
					"A person cannot supervise themselves."));
		assertThat(person.details().supervisorId()).isNull();
	}

	@Test
	void aMissingTickIsNo() {
		assertThat(new StaffForm("A", null, WorkforceType.EMPLOYEE, null, null, null, null, null, null).clearanceDone())
			.isFalse();
	}

}
