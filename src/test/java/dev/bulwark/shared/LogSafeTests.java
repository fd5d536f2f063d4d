package dev.bulwark.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTests {

	@Test
	void hidesTokenLikeSegmentsButKeepsIds() {
		assertThat(LogSafe.path("/invite/Zq3kP0s9xYw8V7u6T5r4E3w2Q1a0Bc9d")).isEqualTo("/invite/…");
		assertThat(LogSafe.path("/invite/Zq3kP0s9xYw8V7u6T5r4E3w2Q1a0Bc9d/join")).isEqualTo("/invite/…/join");
		assertThat(LogSafe.path("/risks/0f8fad5b-d9cb-469f-a165-70867728950e"))
			.isEqualTo("/risks/0f8fad5b-d9cb-469f-a165-70867728950e");
		assertThat(LogSafe.path("/assessments/mine")).isEqualTo("/assessments/mine");
		assertThat(LogSafe.path(null)).isEmpty();
	}

}
