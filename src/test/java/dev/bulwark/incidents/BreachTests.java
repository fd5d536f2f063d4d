package dev.bulwark.incidents;

import java.time.LocalDate;
import java.util.Map;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BreachTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	static BreachForm form(String discoveredOn, int affected, int unreachable, String states) {
		return new BreachForm(LocalDate.parse(discoveredOn), null, null, affected, unreachable, states, null, null,
				null, null, null, "Names and visit dates", PortalBreachType.UNAUTHORIZED_ACCESS_DISCLOSURE,
				PortalLocation.PAPER_FILMS, null, null, null, null, null, null);
	}

	@ParameterizedTest
	@CsvSource({ "0, NOT_NEEDED", "1, FEWER_THAN_10", "9, FEWER_THAN_10", "10, TEN_OR_MORE", "12, TEN_OR_MORE" })
	void substituteNoticeDependsOnHowManyCannotBeReached(int unreachable, SubstituteNotice expected) {
		assertThat(SubstituteNotice.forUnreachable(unreachable)).isEqualTo(expected);
	}

	@Test
	void tenOrMoreUnreachableMeansAHomePageOrMediaNoticeAndATollFreeNumberForNinetyDays() {
		assertThat(SubstituteNotice.TEN_OR_MORE.label()).contains("home page for 90 days")
			.contains("major print or broadcast media")
			.contains("toll-free number working for at least 90 days");
		assertThat(SubstituteNotice.FEWER_THAN_10.label()).contains("another written notice, the telephone");
	}

	@Test
	void statesAreReadAndMustNotAddUpToMoreThanTheAffected() {
		assertThat(StateCounts.parse("ca: 10, NV=2", 12)).containsExactly(Map.entry("CA", 10), Map.entry("NV", 2));
		assertThat(StateCounts.parse(null, 12)).isEmpty();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> StateCounts.parse("CA: 13", 12))
			.satisfies((ex) -> assertThat(ex.errors().get("states")).contains("more than the 12 people affected"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> StateCounts.parse("XX: 1", 12))
			.satisfies((ex) -> assertThat(ex.errors().get("states")).contains("\"XX\" is not a state"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> StateCounts.parse("CA: 1, CA: 2", 12))
			.satisfies((ex) -> assertThat(ex.errors().get("states")).contains("CA is listed twice"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> StateCounts.parse("California", 12))
			.satisfies((ex) -> assertThat(ex.errors()).containsKey("states"));
	}

	@Test
	void aDiscoveryInTheFutureOrNoticesBeforeItAreRefused() {
		BreachForm future = form("2025-07-01", 12, 0, null);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Breach.check(future, TODAY))
			.satisfies((ex) -> assertThat(ex.errors()).containsKey("discoveredOn"));
		BreachForm early = new BreachForm(LocalDate.parse("2025-06-01"), null, null, 12, 13, null, null, null, null,
				null, null, null, PortalBreachType.LOSS, PortalLocation.LAPTOP, null, null,
				LocalDate.parse("2025-05-01"), null, null, null);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Breach.check(early, TODAY))
			.satisfies((ex) -> assertThat(ex.errors()).containsKeys("individualsNotifiedOn", "badContacts"));
	}

	@Test
	void anOralDelayWithoutTheOfficialsNameIsRefusedOnItsField() {
		BreachForm oral = new BreachForm(LocalDate.parse("2025-06-01"), null, null, 12, 0, null, null,
				LocalDate.parse("2025-06-02"), null, null, null, null, PortalBreachType.THEFT, PortalLocation.LAPTOP,
				null, null, null, null, null, null);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Breach.check(oral, TODAY))
			.satisfies((ex) -> assertThat(ex.errors()).containsKey("delayOfficial"));
	}

	@Test
	void twelveMisdirectedRecordsGiveTheLogDeadlinesAndSubstituteNotice() {
		BreachForm facts = form("2025-06-10", 12, 10, "CA: 12");
		Map<String, Integer> states = Breach.check(facts, TODAY);
		Breach breach = new Breach(java.util.UUID.randomUUID(), facts, states, null, java.time.Instant.EPOCH);

		assertThat(breach.deadlines().individualsDue()).isEqualTo(LocalDate.parse("2025-08-09"));
		assertThat(breach.deadlines().hhsWithIndividuals()).isFalse();
		assertThat(breach.deadlines().hhsDue()).isEqualTo(LocalDate.parse("2026-03-01"));
		assertThat(breach.deadlines().mediaRequired()).isFalse();
		assertThat(breach.substituteNotice()).isEqualTo(SubstituteNotice.TEN_OR_MORE);
	}

	@Test
	void theDraftLetterHasEveryRequiredPart() {
		String letter = Breach.draftLetter("Maple Dental", form("2025-06-10", 12, 0, null));

		assertThat(letter).contains("Maple Dental")
			.contains("we discovered it on 2025-06-10")
			.contains("What information was involved\nNames and visit dates")
			.contains("What you can do")
			.contains("What we are doing")
			.contains("toll-free")
			.contains("e-mail address")
			.contains("web site")
			.contains("postal address");
	}

	@Test
	void theStateLawNoteIsDatedAndSaysWhetherCounselChecked() {
		assertThat(StateLaw.note(null)).startsWith("Note of " + StateLaw.NOTE_DATED)
			.contains("check the law of every state involved with counsel")
			.contains("Not yet checked");
		assertThat(StateLaw.note(LocalDate.parse("2025-06-20"))).contains("Counsel checked the states on 2025-06-20");
	}

}
