package dev.bulwark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

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

}
