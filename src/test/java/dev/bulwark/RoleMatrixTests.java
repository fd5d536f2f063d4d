package dev.bulwark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may call what, derived from the code: every handler method of the real handler
 * mapping that carries {@link Permitted}, called by a member of each {@link Role} (in the
 * browser, or with their API token for {@code /api/**}). A role without the permission in
 * the one permission table gets 403, whatever the request holds (the permission is
 * checked before the request is read); a role with it never gets 403 (ids in the address
 * are unknown ones, so most answer 404 or 400).
 */
@BulwarkIntegrationTest
class RoleMatrixTests {

	/**
	 * Endpoints where the service narrows the permission further, so a role holding it
	 * may still get 403 (as {@code METHOD pattern}): writing the contingency plan also
	 * needs the right to edit policies, which technicians do not hold.
	 */
	private static final Set<String> NARROWED_IN_THE_SERVICE = Set.of("POST /contingency/plan");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@TestFactory
	Stream<DynamicTest> everyRoleGets403ExactlyWhereThePermissionTableSaysSo() {
		Map<Role, TestMember> members = members();
		Map<Role, String> tokens = new EnumMap<>(Role.class);
		members.forEach((role, member) -> tokens.put(role, this.members.apiToken(member)));
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			for (Role role : Role.values()) {
				boolean granted = endpoint.permission().grantedTo(role);
				String name = endpoint + " as " + role + (granted ? " is allowed" : " is refused");
				tests.add(DynamicTest.dynamicTest(name, () -> {
					AbstractMockHttpServletRequestBuilder<?> request = endpoint.request();
					if (endpoint.pattern().startsWith("/api/")) {
						request.header("Authorization", "Bearer " + tokens.get(role));
					}
					else {
						request.with(members.get(role).signedIn()).with(csrf());
					}
					int status = this.mvc.perform(request).getResponse().getStatus();
					if (!granted) {
						assertThat(status).as(name).isEqualTo(403);
					}
					else if (!NARROWED_IN_THE_SERVICE.contains(endpoint.toString())) {
						assertThat(status).as(name).isNotEqualTo(403);
					}
				}));
			}
		}
		return tests.stream();
	}

	@Test
	void theMatrixCoversEveryPermittedHandlerAndEveryRole() {
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).hasSizeGreaterThan(100);
		// Every role is allowed somewhere, and every role but the security officer is
		// refused somewhere.
		for (Role role : Role.values()) {
			assertThat(endpoints).anyMatch((endpoint) -> endpoint.permission().grantedTo(role));
			if (role != Role.SECURITY_OFFICER) {
				assertThat(endpoints).anyMatch((endpoint) -> !endpoint.permission().grantedTo(role));
			}
		}
		assertThat(endpoints).anyMatch((endpoint) -> endpoint.pattern().startsWith("/api/"))
			.anyMatch((endpoint) -> endpoint.method() == HttpMethod.POST);
	}

	private Map<Role, TestMember> members() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Map<Role, TestMember> members = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			members.put(role, (role == Role.SECURITY_OFFICER) ? officer : this.members.colleague(officer, role));
		}
		return members;
	}

	/** Every mapped method and pattern of a handler carrying {@link Permitted}. */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			Permitted permitted = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Permitted.class);
			if (permitted == null) {
				permitted = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Permitted.class);
			}
			if (permitted == null) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
			boolean multipart = consumes.contains(MediaType.MULTIPART_FORM_DATA);
			MediaType body = multipart || consumes.isEmpty() ? MediaType.APPLICATION_JSON : consumes.iterator().next();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method.asHttpMethod(), pattern, permitted.value(), multipart, body));
				}
			}
		}
		return endpoints;
	}

	record Endpoint(HttpMethod method, String pattern, Permission permission, boolean multipart, MediaType body) {

		/**
		 * The request, with unknown ids for the address's variables and an empty body.
		 */
		AbstractMockHttpServletRequestBuilder<?> request() {
			String uri = this.pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			if (this.multipart) {
				return MockMvcRequestBuilders.multipart(this.method, uri);
			}
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(this.method, uri);
			boolean body = this.method == HttpMethod.POST || this.method == HttpMethod.PUT
					|| this.method == HttpMethod.PATCH;
			if (body && this.pattern.startsWith("/api/")) {
				request.contentType(this.body).content(MediaType.APPLICATION_JSON.equals(this.body) ? "{}" : "");
			}
			return request;
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
