package dev.bulwark.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Phishing simulation counts, rates and trend, without Spring. */
class PhishingResultTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	private static PhishingResult result(LocalDate runOn, int sent, int clicked, int reported) {
		return PhishingResult.record(UUID.randomUUID(),
				new PhishingForm(runOn, "Campaign " + runOn, sent, clicked, reported, null), TODAY, Instant.EPOCH);
	}

	@Test
	void countsCannotExceedTheEmailsSentNorTheDateBeAhead() {
		assertThatThrownBy(() -> result(TODAY.plusDays(1), 10, 11, 12)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.errors()).containsExactly(
						java.util.Map.entry("runOn", "The simulation date cannot be in the future."),
						java.util.Map.entry("clicked", "More people clicked than e-mails were sent; check the counts."),
						java.util.Map.entry("reported",
								"More people reported it than e-mails were sent; check the counts.")));
		assertThat(result(TODAY, 10, 10, 10).clickRate()).isEqualTo(100.0);
	}

	@Test
	void ratesArePercentagesWithOneDecimal() {
		PhishingResult result = result(TODAY, 3, 1, 2);
		assertThat(result.clickRate()).isEqualTo(33.3);
		assertThat(result.reportRate()).isEqualTo(66.7);
	}

	@Test
	void theTrendIsOldestFirstWithTheChangeSinceTheCampaignBefore() {
		List<PhishingResult.TrendPoint> trend = PhishingResult.trend(List.of(result(TODAY, 20, 2, 10),
				result(TODAY.minusMonths(6), 20, 6, 4), result(TODAY.minusMonths(3), 20, 4, 8)));
		assertThat(trend).extracting(PhishingResult.TrendPoint::runOn)
			.containsExactly(TODAY.minusMonths(6), TODAY.minusMonths(3), TODAY);
		assertThat(trend).extracting(PhishingResult.TrendPoint::clickRate).containsExactly(30.0, 20.0, 10.0);
		assertThat(trend).extracting(PhishingResult.TrendPoint::clickRateChange).containsExactly(null, -10.0, -10.0);
		assertThat(trend).extracting(PhishingResult.TrendPoint::reportRateChange).containsExactly(null, 20.0, 10.0);
	}

}
