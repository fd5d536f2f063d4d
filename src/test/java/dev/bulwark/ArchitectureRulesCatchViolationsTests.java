package dev.bulwark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import archfixture.ClockBypasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The architecture rules really fail on code that breaks them. */
class ArchitectureRulesCatchViolationsTests {

	private static final JavaClasses BAD = new ClassFileImporter().importPackages("archfixture");

	@Test
	void anEndpointWithoutAuthorizationIsAViolation() {
		assertThat(ArchitectureTests.ENDPOINTS_DECLARE_AUTHORIZATION.evaluate(BAD).hasViolation()).isTrue();
	}

	@Test
	void aPublicRepositoryIsAViolation() {
		assertThat(ArchitectureTests.REPOSITORIES_NOT_PUBLIC.evaluate(BAD).hasViolation()).isTrue();
	}

	@Test
	void writingToStandardOutIsAViolation() {
		assertThat(ArchitectureTests.NO_STANDARD_STREAMS.evaluate(BAD).hasViolation()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(classes = { ClockBypasses.CallsInstantNow.class, ClockBypasses.CallsLocalDateNowInAZone.class,
			ClockBypasses.ReferencesInstantNow.class, ClockBypasses.CallsCurrentTimeMillis.class,
			ClockBypasses.MakesASystemClock.class, ClockBypasses.CreatesADateOfNow.class,
			ClockBypasses.AsksTheCalendar.class })
	void readingTheSystemClockIsAViolation(Class<?> bypass) {
		JavaClasses classes = new ClassFileImporter().importClasses(bypass);
		assertThat(ArchitectureTests.ONE_CLOCK.evaluate(classes).hasViolation()).isTrue();
	}

	@Test
	void takingTimeFromTheInjectedClockIsNoViolation() {
		JavaClasses classes = new ClassFileImporter().importClasses(ClockBypasses.UsesTheInjectedClock.class);
		assertThat(ArchitectureTests.ONE_CLOCK.evaluate(classes).hasViolation()).isFalse();
	}

}
