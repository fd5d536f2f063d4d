package dev.bulwark;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Set;

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
import dev.bulwark.PracticeScopedSql.Exemption;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.PublicEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;
import org.springframework.security.authorization.method.AuthorizeReturnObject;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
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

	static final ArchRule MUTATING_MAPPINGS_CARRY_A_WRITE_PERMISSION = methods().that(mutatingMapping())
		.should(notCarryAReadPermission())
		.because("a POST, PUT, PATCH or DELETE changes records, so it needs a WRITE permission of the "
				+ "permission table (docs/developing.md section 7)");

	/**
	 * The only endpoints callable without signing in, as {@code Class.method}. Adding one
	 * is a security decision: say why in the review.
	 */
	static final Set<String> PUBLIC_ENDPOINTS = Set.of(
			// The sign-in page (Spring Security handles the POST)
			"dev.bulwark.identity.SignInController.login",
			// First-run set-up, closed once an installation is set up
			"dev.bulwark.identity.SetupController.form", "dev.bulwark.identity.SetupController.submit",
			// An invitation, opened with its secret link
			"dev.bulwark.identity.InvitationController.show", "dev.bulwark.identity.InvitationController.accept",
			// A person's calendar feed, opened by a calendar program with its revocable
			// secret address
			"dev.bulwark.calendar.FeedController.read");

	static final ArchRule PUBLIC_ENDPOINTS_ONLY_ON_THE_ALLOWLIST = methods().that()
		.areAnnotatedWith(PublicEndpoint.class)
		.or()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(PublicEndpoint.class)
		.should(beOnTheAllowlist())
		.because("an endpoint open to anyone is a security decision, listed in ArchitectureTests.PUBLIC_ENDPOINTS");

	/**
	 * Statements on a practice's table that rightly leave out {@code practice_id}, with
	 * the reason. Keep this short.
	 */
	static final Set<Exemption> UNSCOPED_STATEMENTS = Set.of(
			// The condition comes from where(...), which always starts with practice_id.
			new Exemption("dev.bulwark.audit.AuditRepository", "select count(*) from audit_entry where ?"));

	@Test
	void mutatingMappingsCarryAWritePermission() {
		MUTATING_MAPPINGS_CARRY_A_WRITE_PERMISSION.check(CLASSES);
	}

	@Test
	void publicEndpointsAreOnlyThoseOnTheAllowlist() {
		PUBLIC_ENDPOINTS_ONLY_ON_THE_ALLOWLIST.check(CLASSES);
	}

	@Test
	void everyStatementOnAPracticesTableNamesPracticeId() {
		Set<String> practiceTables = PracticeScopedSql.practiceTables();
		org.assertj.core.api.Assertions.assertThat(practiceTables).contains("inv_asset", "asm_risk", "evd_evidence");
		classes().should(PracticeScopedSql.nameThePracticeInEveryStatement(practiceTables, UNSCOPED_STATEMENTS))
			.because("a query by id alone could reach another practice's rows (docs/developing.md section 8)")
			.check(CLASSES);
	}

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

	/**
	 * Only {@code @PreAuthorize} of method security is switched on: the advisors for
	 * these are removed at start-up (identity's {@code UnusedMethodSecurity}, ADR 0032),
	 * so they would silently do nothing.
	 */
	@Test
	void noMethodSecurityBeyondPreAuthorize() {
		noClasses().should()
			.dependOnClassesThat()
			.belongToAnyOf(PostAuthorize.class, PreFilter.class, PostFilter.class, AuthorizeReturnObject.class)
			.because("only @PreAuthorize is enforced; write the check as @PreAuthorize or in code")
			.check(CLASSES);
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

	private static DescribedPredicate<JavaMethod> mutatingMapping() {
		return DescribedPredicate.describe("map a POST, PUT, PATCH or DELETE", (method) -> {
			if (method.isAnnotatedWith(PostMapping.class) || method.isAnnotatedWith(PutMapping.class)
					|| method.isAnnotatedWith(PatchMapping.class) || method.isAnnotatedWith(DeleteMapping.class)) {
				return true;
			}
			if (!method.isAnnotatedWith(RequestMapping.class)) {
				return false;
			}
			RequestMethod[] verbs = method.getAnnotationOfType(RequestMapping.class).method();
			return Arrays.stream(verbs)
				.anyMatch((verb) -> verb == RequestMethod.POST || verb == RequestMethod.PUT
						|| verb == RequestMethod.PATCH || verb == RequestMethod.DELETE);
		});
	}

	private static ArchCondition<JavaMethod> notCarryAReadPermission() {
		return new ArchCondition<>("not carry a READ permission") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				Permitted permitted = method.isAnnotatedWith(Permitted.class)
						? method.getAnnotationOfType(Permitted.class)
						: method.getOwner().isAnnotatedWith(Permitted.class)
								? method.getOwner().getAnnotationOfType(Permitted.class) : null;
				if (permitted != null && permitted.value().access() == Permission.Access.READ) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName() + " changes records but is "
							+ "@Permitted(" + permitted.value() + "), a READ permission"));
				}
			}
		};
	}

	private static ArchCondition<JavaMethod> beOnTheAllowlist() {
		return new ArchCondition<>("be on the allowlist of public endpoints") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				String name = method.getOwner().getName() + "." + method.getName();
				if (!PUBLIC_ENDPOINTS.contains(name)) {
					events.add(SimpleConditionEvent.violated(method,
							name + " is a @PublicEndpoint but not on ArchitectureTests.PUBLIC_ENDPOINTS"));
				}
			}
		};
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
