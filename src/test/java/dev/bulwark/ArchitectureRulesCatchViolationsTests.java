package dev.bulwark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;

import archfixture.ClockBypasses;
import archfixture.SecurityViolations;
import dev.bulwark.PracticeScopedSql.Exemption;
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

	@ParameterizedTest
	@ValueSource(classes = { SecurityViolations.PostWithAReadPermission.class,
			SecurityViolations.RequestMappingDeleteWithAReadPermission.class,
			SecurityViolations.ReadPermissionOnTheClass.class })
	void aMutatingMappingWithAReadPermissionIsAViolation(Class<?> violation) {
		JavaClasses classes = new ClassFileImporter().importClasses(violation);
		assertThat(ArchitectureTests.MUTATING_MAPPINGS_CARRY_A_WRITE_PERMISSION.evaluate(classes).hasViolation())
			.isTrue();
	}

	@Test
	void readingWithAReadAndChangingWithAWritePermissionIsNoViolation() {
		JavaClasses classes = new ClassFileImporter().importClasses(SecurityViolations.ReadsAndWritesRightly.class);
		assertThat(ArchitectureTests.MUTATING_MAPPINGS_CARRY_A_WRITE_PERMISSION.evaluate(classes).hasViolation())
			.isFalse();
	}

	@Test
	void aPublicEndpointOffTheAllowlistIsAViolation() {
		JavaClasses classes = new ClassFileImporter().importClasses(SecurityViolations.UnlistedPublicEndpoint.class);
		assertThat(ArchitectureTests.PUBLIC_ENDPOINTS_ONLY_ON_THE_ALLOWLIST.evaluate(classes)
			.getFailureReport()
			.getDetails()).singleElement().asString().contains("UnlistedPublicEndpoint.page");
	}

	@ParameterizedTest
	@ValueSource(classes = { SecurityViolations.QueriesWithoutThePractice.class,
			SecurityViolations.UpdatesWithoutThePractice.class,
			SecurityViolations.ConcatenatesWithoutThePractice.class })
	void aStatementOnAPracticesTableWithoutPracticeIdIsAViolation(Class<?> violation) {
		JavaClasses classes = new ClassFileImporter().importClasses(violation);
		assertThat(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
			.should(PracticeScopedSql.nameThePracticeInEveryStatement(Set.of("inv_asset", "inv_finding"), Set.of()))
			.evaluate(classes)
			.hasViolation()).isTrue();
	}

	@Test
	void anExemptedStatementIsNoViolation() {
		JavaClasses classes = new ClassFileImporter().importClasses(SecurityViolations.QueriesWithoutThePractice.class);
		Set<Exemption> exempt = Set.of(new Exemption(SecurityViolations.QueriesWithoutThePractice.class.getName(),
				"select name from inv_asset where id"));
		assertThat(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
			.should(PracticeScopedSql.nameThePracticeInEveryStatement(Set.of("inv_asset"), exempt))
			.evaluate(classes)
			.hasViolation()).isFalse();
	}

	@Test
	void statementsNamingThePracticeAndOtherTablesAreNoViolation() {
		JavaClasses classes = new ClassFileImporter().importClasses(SecurityViolations.QueriesWithinThePractice.class);
		assertThat(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
			.should(PracticeScopedSql.nameThePracticeInEveryStatement(Set.of("inv_asset", "inv_finding"), Set.of()))
			.evaluate(classes)
			.hasViolation()).isFalse();
	}

}
