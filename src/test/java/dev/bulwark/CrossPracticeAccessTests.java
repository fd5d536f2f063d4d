package dev.bulwark;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import dev.bulwark.CrossPracticeCase.Attempt;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A user of one practice can never read or change another practice's data:
 * <ul>
 * <li>every attempt of every {@link CrossPracticeCase} (another practice's record by its
 * address, or its id inside a JSON body or a query parameter) answers 403, 404 or 400 and
 * changes nothing;</li>
 * <li>every list (a page or API read without an id in its address) shows none of the
 * other practice's ids;</li>
 * <li>afterwards no row of the attacker's practice points at a row of another
 * practice;</li>
 * <li>every endpoint that takes a record id (in its address, a query parameter or a field
 * of its form or JSON body), as found in the real handler mapping, is attacked by some
 * case.</li>
 * </ul>
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
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Tables where a row of the attacker's practice may name another practice's id: the
	 * audit trail records what was attempted.
	 */
	private static final Set<String> MAY_NAME_FOREIGN_IDS = Set.of("audit_entry", "audit_chain",
			"audit_checkpoint_chain");

	@TestFactory
	Stream<DynamicTest> noUserOfAnotherPracticeCanReadOrChangeARecord() {
		TestMember attacker = this.members.newPractice(Role.SECURITY_OFFICER);
		String attackerToken = this.members.apiToken(attacker);
		List<DynamicTest> tests = new ArrayList<>();
		Set<UUID> victims = new HashSet<>();
		for (CrossPracticeCase crossPracticeCase : cases()) {
			TestMember victim = this.members.newPractice(Role.SECURITY_OFFICER);
			victims.add(victim.practiceId());
			for (Attempt attempt : crossPracticeCase.attempts(victim)) {
				tests.add(DynamicTest
					.dynamicTest(crossPracticeCase.getClass().getSimpleName() + ": " + attempt.description(), () -> {
						var request = as(attacker, attackerToken, attempt.request());
						var built = request.buildRequest(new MockServletContext());
						MvcTestResult result = this.mvc.perform(request);
						int status = result.getResponse().getStatus();
						if (!built.getRequestURI().startsWith("/api/") && "POST".equals(built.getMethod())
								&& status == 200) {
							// A page form shown again with its errors: refused, as long
							// as
							// nothing changed.
							assertThat(result.getResponse().getContentAsString()).as(attempt.description())
								.containsAnyOf("class=\"field-error\"", "flash flash-error");
						}
						else {
							assertThat(status).as(attempt.description()).isIn(400, 403, 404);
						}
						attempt.assertUnchanged().run();
					}));
			}
		}
		assertThat(tests).isNotEmpty();
		Set<String> foreignIds = idsOf(victims);
		for (String list : lists()) {
			tests.add(DynamicTest.dynamicTest("the list " + list + " shows no other practice's row", () -> {
				MvcTestResult result = this.mvc.perform(as(attacker, attackerToken, get(list)));
				String body = result.getResponse().getContentAsString();
				assertThat(foreignIds).as(list).noneMatch(body::contains);
			}));
		}
		tests.add(DynamicTest.dynamicTest("no row of the attacker's practice points at another practice's row",
				() -> assertThat(rowsPointingAt(attacker.practiceId(), foreignIds)).isEmpty()));
		return tests.stream();
	}

	@org.junit.jupiter.api.Test
	void everyEndpointTakingAnIdIsCoveredByACrossPracticeCase() {
		Set<String> covered = new TreeSet<>(NOT_RECORD_IDS);
		cases().forEach((crossPracticeCase) -> covered.addAll(crossPracticeCase.covers()));
		Set<String> takingIds = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			if (takesARecordId(info, handler)) {
				takingIds.addAll(info.getPatternValues());
			}
		});
		assertThat(takingIds).contains("/inventory/assets/{id}", "/risks");
		assertThat(covered)
			.as("endpoints taking ids (in the address, the query or the body) lacking a " + "cross-practice case")
			.containsAll(takingIds);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder as(TestMember attacker,
			String token, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		String uri = request.buildRequest(new MockServletContext()).getRequestURI();
		if (uri.startsWith("/api/")) {
			request.header("Authorization", "Bearer " + token);
		}
		else {
			request.with(attacker.signedIn()).with(csrf());
		}
		return request;
	}

	/**
	 * Whether the handler takes the id of a record: in its address, as a query parameter,
	 * or as a field of its form or JSON body.
	 */
	static boolean takesARecordId(RequestMappingInfo info, HandlerMethod handler) {
		if (info.getPatternValues().stream().anyMatch((pattern) -> pattern.contains("{"))) {
			return true;
		}
		if (AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Permitted.class) == null
				&& AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Permitted.class) == null) {
			// Not inside a practice (signing in, one's own account, switching practices).
			return false;
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				return true;
			}
			Type type = parameter.getGenericParameterType();
			if (parameter.hasParameterAnnotation(RequestParam.class) && isId(type)) {
				return true;
			}
			boolean form = parameter.hasParameterAnnotation(RequestBody.class)
					|| parameter.hasParameterAnnotation(ModelAttribute.class);
			if (form && holdsAnId(parameter.getParameterType(), 0)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isId(Type type) {
		if (type == UUID.class) {
			return true;
		}
		if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw)) {
			return generic.getActualTypeArguments()[0] == UUID.class;
		}
		return type instanceof Class<?> array && array.isArray() && array.getComponentType() == UUID.class;
	}

	private static boolean holdsAnId(Class<?> type, int depth) {
		if (depth > 2 || type == Actor.class || !type.isRecord()) {
			return false;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			Type generic = component.getGenericType();
			if (isId(generic) || holdsAnId(component.getType(), depth + 1)) {
				return true;
			}
			if (generic instanceof ParameterizedType parameterized
					&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element
					&& holdsAnId(element, depth + 1)) {
				return true;
			}
		}
		return false;
	}

	/** Addresses of pages and API reads that take no id: lists, overviews, reports. */
	private List<String> lists() {
		Set<String> lists = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean reads = methods.isEmpty() || methods.contains(RequestMethod.GET);
			boolean permitted = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Permitted.class) != null
					|| AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Permitted.class) != null;
			if (reads && permitted) {
				info.getPatternValues().stream().filter((pattern) -> !pattern.contains("{")).forEach(lists::add);
			}
		});
		return new ArrayList<>(lists);
	}

	/** Every id of a row of these practices, and their people. */
	private Set<String> idsOf(Set<UUID> practices) {
		Set<String> ids = new HashSet<>();
		for (String table : practiceTables()) {
			boolean hasId = !this.jdbc
				.sql("select column_name from information_schema.columns where lower(table_name) = :t "
						+ "and lower(column_name) = 'id'")
				.param("t", table)
				.query(String.class)
				.list()
				.isEmpty();
			if (!hasId) {
				continue;
			}
			for (UUID practice : practices) {
				this.jdbc.sql("select id from " + table + " where practice_id = :p")
					.param("p", practice)
					.query((rs, row) -> rs.getString(1))
					.list()
					.forEach(ids::add);
			}
		}
		for (UUID practice : practices) {
			this.jdbc.sql("select user_id from membership where practice_id = :p")
				.param("p", practice)
				.query((rs, row) -> rs.getString(1))
				.list()
				.forEach(ids::add);
		}
		// Ids that are not UUIDs (a row number, a key) would match by accident.
		ids.removeIf((id) -> id == null || id.length() != 36);
		return ids;
	}

	/** Rows of the practice holding one of {@code foreignIds}, as table: values. */
	private List<String> rowsPointingAt(UUID practiceId, Set<String> foreignIds) {
		List<String> found = new ArrayList<>();
		for (String table : practiceTables()) {
			if (MAY_NAME_FOREIGN_IDS.contains(table)) {
				continue;
			}
			for (Map<String, Object> row : this.jdbc.sql("select * from " + table + " where practice_id = :p")
				.param("p", practiceId)
				.query()
				.listOfRows()) {
				row.values()
					.stream()
					.filter((value) -> value != null && foreignIds.contains(value.toString()))
					.forEach((value) -> found.add(table + ": " + value));
			}
		}
		return found;
	}

	private List<String> practiceTables() {
		return this.jdbc
			.sql("select lower(table_name) from information_schema.columns where lower(column_name) = 'practice_id' "
					+ "and lower(table_schema) = 'public'")
			.query(String.class)
			.list()
			.stream()
			.distinct()
			.toList();
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
