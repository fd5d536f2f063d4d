package dev.bulwark.shared;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimeZonesTests {

	@Test
	void regionNamesAreAcceptedWhateverTheirCase() {
		assertThat(TimeZones.parse("America/Chicago")).contains(ZoneId.of("America/Chicago"));
		assertThat(TimeZones.parse("  america/chicago ")).contains(ZoneId.of("America/Chicago"));
		assertThat(TimeZones.parse("utc")).contains(TimeZones.UTC);
		assertThat(TimeZones.parse("US/Eastern")).contains(ZoneId.of("US/Eastern"));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  ", "Mars/Olympus", "-05:00", "+01:00", "Z", "UTC+2", "America/Chicago\u0000",
			"EST5EDT; drop table practice" })
	void anythingElseIsRefused(String name) {
		assertThat(TimeZones.parse(name)).isEmpty();
	}

	@Test
	void aRefusedNameGetsAMessageForTheField() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> TimeZones.require("timeZone", "Mars/Olympus"))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("timeZone",
					"\"Mars/Olympus\" is not a time zone Bulwark knows: use a region name such as America/Chicago."));
		assertThat(TimeZones.problem(" ")).isEqualTo("Choose the practice's time zone.");
		assertThat(TimeZones.problem("x".repeat(500))).hasSizeLessThan(150);
	}

	@Test
	void theServerDefaultIsTheJvmsZoneWithUtcUnderOneName() {
		assertThat(TimeZones.of(ZoneId.of("Europe/Berlin"))).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(TimeZones.of(ZoneId.of("Etc/UTC"))).isEqualTo(TimeZones.UTC);
		assertThat(TimeZones.of(ZoneId.of("GMT"))).isEqualTo(TimeZones.UTC);
		assertThat(TimeZones.of(ZoneId.of("Z"))).isEqualTo(TimeZones.UTC);
		assertThat(TimeZones.of(ZoneId.of("+03:00"))).isEqualTo(TimeZones.UTC);
		assertThat(TimeZones.parse(TimeZones.serverDefault().getId())).isPresent();
	}

	@Test
	void theListStartsWithTheUnitedStatesAndOffersEveryPlaceAndUtc() {
		List<Choice> choices = TimeZones.choices(TimeZones.UTC);
		assertThat(choices.get(0)).isEqualTo(new Choice("America/New_York", "Eastern time (America/New_York)"));
		assertThat(choices).extracting(Choice::value)
			.contains("America/Chicago", "Pacific/Honolulu", "Europe/London", "Asia/Kolkata", "UTC")
			.doesNotContain("US/Eastern", "Etc/GMT+5", "SystemV/EST5")
			.doesNotHaveDuplicates();
		assertThat(choices).extracting(Choice::value).allSatisfy((id) -> assertThat(TimeZones.parse(id)).isPresent());
	}

	@Test
	void aCurrentZoneOutsideTheListIsOfferedSoItStaysSelected() {
		assertThat(TimeZones.choices(ZoneId.of("US/Eastern")).get(0).value()).isEqualTo("US/Eastern");
		assertThat(TimeZones.choices(ZoneId.of("America/Chicago"))).extracting(Choice::value)
			.containsOnlyOnce("America/Chicago");
	}

}
