package dev.bulwark.shared;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdleWritesTests {

	@Test
	void theLagIsAThirtiethOfTheIdleTimeAndAtMostThirtySeconds() {
		assertThat(IdleWrites.lag(Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(30));
		assertThat(IdleWrites.lag(Duration.ofMinutes(60))).isEqualTo(Duration.ofSeconds(30));
		assertThat(IdleWrites.lag(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(10));
		assertThat(IdleWrites.lag(Duration.ofSeconds(6))).isEqualTo(Duration.ofMillis(200));
		assertThat(IdleWrites.lag(Duration.ZERO)).isZero();
		assertThat(IdleWrites.lag(Duration.ofSeconds(-1))).isZero();
	}

	@Test
	void theBrowserCountsDownTheIdleTimeLessTheLag() {
		assertThat(IdleWrites.browserSeconds(900)).isEqualTo(870);
		assertThat(IdleWrites.browserSeconds(300)).isEqualTo(290);
		// Under a second of lag: the whole seconds are kept.
		assertThat(IdleWrites.browserSeconds(6)).isEqualTo(6);
	}

}
