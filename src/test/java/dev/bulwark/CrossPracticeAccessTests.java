package dev.bulwark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.bulwark.CrossPracticeCase.Attempt;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A user of one practice can never read or change another practice's data: every endpoint
 * that takes an id answers 403 or 404 to a user of practice A asking for practice B's
 * record (400 when B's id sits inside a body or parameter as a choice), and nothing
 * changes.
 */
@BulwarkIntegrationTest
class CrossPracticeAccessTests {

	/** Path variables that are secrets handed to one person, not record ids. */
	private static final Set<String> NOT_RECORD_IDS = Set.of("/invite/{token}", "/invite/{token}/join");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@TestFactory
	Stream<DynamicTest> noUserOfAnotherPracticeCanReadOrChangeARecord() {
		TestMember attacker = this.members.newPractice(Role.SECURITY_OFFICER);
		String attackerToken = this.members.apiToken(attacker);
		List<DynamicTest> tests = new ArrayList<>();
		for (CrossPracticeCase crossPracticeCase : cases()) {
			TestMember victim = this.members.newPractice(Role.SECURITY_OFFICER);
			for (Attempt attempt : crossPracticeCase.attempts(victim)) {
				tests.add(DynamicTest
					.dynamicTest(crossPracticeCase.getClass().getSimpleName() + ": " + attempt.description(), () -> {
						var request = attempt.request();
						String uri = request.buildRequest(new org.springframework.mock.web.MockServletContext())
							.getRequestURI();
						if (uri.startsWith("/api/")) {
							request.header("Authorization", "Bearer " + attackerToken);
						}
						else {
							request.with(attacker.signedIn()).with(csrf());
						}
						MvcTestResult result = this.mvc.perform(request);
						// 400: an id of the victim's inside a body or parameter is no
						// valid choice.
						assertThat(result.getResponse().getStatus()).as(attempt.description()).isIn(400, 403, 404);
						attempt.assertUnchanged().run();
					}));
			}
		}
		assertThat(tests).isNotEmpty();
		return tests.stream();
	}

	@Test
	void everyEndpointTakingAnIdIsCoveredByACrossPracticeCase() {
		Set<String> covered = new TreeSet<>(NOT_RECORD_IDS);
		cases().forEach((crossPracticeCase) -> covered.addAll(crossPracticeCase.covers()));
		Set<String> withIds = new TreeSet<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.contains("{")) {
					withIds.add(pattern);
				}
			}
		}
		assertThat(withIds).isNotEmpty();
		assertThat(covered).as("endpoints with ids lacking a cross-practice case").containsAll(withIds);
	}

	private List<CrossPracticeCase> cases() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(CrossPracticeCase.class));
		List<CrossPracticeCase> found = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.bulwark")) {
			try {
				found.add((CrossPracticeCase) this.beans.createBean(Class.forName(candidate.getBeanClassName())));
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return found;
	}

}
