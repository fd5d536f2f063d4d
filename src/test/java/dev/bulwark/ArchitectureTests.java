package dev.bulwark;

import java.lang.annotation.Annotation;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

/**
 * Security and design rules as failing tests (after Dependency-Track's
 * {@code ResourceAuthorizationArchitectureTest}).
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.bulwark");

	static final ArchRule ENDPOINTS_DECLARE_AUTHORIZATION = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Controller.class)
		.or()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(RestController.class)
		.and(annotatedWithMeta(RequestMapping.class))
		.should(declareAuthorization())
		.because("every endpoint must state who may call it (@PublicEndpoint, @SignedIn, @AnyRole, "
				+ "@ReadAccess, @WriteAccess, @SecurityOfficerOnly, or another @PreAuthorize)");

	static final ArchRule REPOSITORIES_NOT_PUBLIC = classes().that()
		.areAnnotatedWith(Repository.class)
		.should()
		.notBePublic()
		.because("persistence stays inside its module, behind the module's facade");

	static final ArchRule NO_STANDARD_STREAMS = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
		.because("logs go through SLF4J and the CLI through picocli");

	/** The one class that may read the system clock: it makes the {@code Clock} bean. */
	static final String CLOCK_CONFIGURATION = "dev.bulwark.shared.TimeConfiguration";

	/**
	 * Modules still reading the system clock while they are rewritten on other branches
	 * (issue 7: inventory and assessment). Temporary: remove each entry when its module
	 * takes its time from the injected Clock; the list must end up empty.
	 */
	static final String[] MODULES_NOT_YET_ON_THE_CLOCK = {};

	static final ArchRule ONE_CLOCK = classes().that()
		.doNotHaveFullyQualifiedName(CLOCK_CONFIGURATION)
		.and()
		.resideOutsideOfPackages(MODULES_NOT_YET_ON_THE_CLOCK)
		.should(ClockBypass.NOT_READ_THE_SYSTEM_CLOCK)
		.because("time comes from the injected java.time.Clock, so that deadlines and the daily tick are testable "
				+ "and every node agrees (docs/adr/0008-time.md)");

	@Test
	void everyControllerMethodDeclaresWhoMayCallIt() {
		ENDPOINTS_DECLARE_AUTHORIZATION.check(CLASSES);
	}

	@Test
	void repositoriesAreNotPublic() {
		REPOSITORIES_NOT_PUBLIC.check(CLASSES);
	}

	@Test
	void persistenceRowsAndEntitiesAreNotPublic() {
		classes().that()
			.haveSimpleNameEndingWith("Entity")
			.or()
			.haveSimpleNameEndingWith("Row")
			.or()
			.areAnnotatedWith("org.springframework.data.relational.core.mapping.Table")
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void timeComesOnlyFromTheInjectedClock() {
		ONE_CLOCK.check(CLASSES);
	}

	@Test
	void nothingWritesToStandardOutOrErr() {
		NO_STANDARD_STREAMS.check(CLASSES);
	}

	@Test
	void noDirectUseOfTheSecurityContextOutsideIdentityAndTheSharedKernel() {
		noClasses().that()
			.resideOutsideOfPackages("dev.bulwark.identity..", "dev.bulwark.shared..", "dev.bulwark.audit..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.security.core.context.SecurityContextHolder")
			.because("modules read the signed-in person through CurrentActor")
			.check(CLASSES);
	}

	private static DescribedPredicate<JavaMethod> annotatedWithMeta(Class<? extends Annotation> type) {
		return DescribedPredicate.describe("annotated with @" + type.getSimpleName(),
				(method) -> method.isMetaAnnotatedWith(type) || method.isAnnotatedWith(type));
	}

	private static ArchCondition<JavaMethod> declareAuthorization() {
		return new ArchCondition<>("declare its authorization with @PreAuthorize or a meta-annotation of it") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean onMethod = method.isAnnotatedWith(PreAuthorize.class)
						|| method.isMetaAnnotatedWith(PreAuthorize.class);
				if (!onMethod) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " does not declare who may call it"));
				}
			}
		};
	}

}
