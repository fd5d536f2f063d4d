package dev.bulwark.catalog;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API's shape, exercised on the controller alone (security is wired and tested
 * elsewhere).
 */
class CatalogApiControllerTests {

	private final MockMvcTester mvc = MockMvcTester.of(new CatalogApiController(TestCatalog.get()));

	@Test
	void declaresItsAuthorizationOnEveryEndpoint() {
		List<Method> endpoints = Arrays.stream(CatalogApiController.class.getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(GetMapping.class))
			.toList();
		assertThat(endpoints).hasSize(5)
			.allMatch((method) -> method.isAnnotationPresent(Permitted.class)
					&& method.getAnnotation(Permitted.class).value() == Permission.CATALOG_READ);
	}

	@Test
	void listsEveryRequirementWithItsMarks() {
		assertThat(this.mvc.get().uri("/api/v1/catalog/requirements")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.length()").isEqualTo(65);
			json.assertThat().extractingPath("$[1].citation").isEqualTo("164.308(a)(1)(ii)(A)");
			json.assertThat().extractingPath("$[1].title").isEqualTo("Risk analysis");
			json.assertThat().extractingPath("$[1].kind").isEqualTo("IMPLEMENTATION_SPECIFICATION");
			json.assertThat().extractingPath("$[1].requirement").isEqualTo("REQUIRED");
			json.assertThat().extractingPath("$[1].safeguard").isEqualTo("ADMINISTRATIVE");
			json.assertThat().extractingPath("$[1].standard").isEqualTo("164.308(a)(1)(i)");
			json.assertThat().extractingPath("$[1].summary").asString().isNotBlank();
			json.assertThat().extractingPath("$[1].proposed").asString().contains("12 months");
			json.assertThat().extractingPath("$[0].kind").isEqualTo("STANDARD");
		});
	}

	@Test
	void listsSectionsWithTheirQuestions() {
		assertThat(this.mvc.get().uri("/api/v1/catalog/questions")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.length()").isEqualTo(9);
			json.assertThat().extractingPath("$[8].key").isEqualTo("other_rules");
			json.assertThat().extractingPath("$[8].questions[0].group").isEqualTo("OTHER_HIPAA_RULES");
			json.assertThat().extractingPath("$[0].questions[2].curedBySignOff").isEqualTo(true);
			json.assertThat().extractingPath("$[0].key").isEqualTo("basics");
			json.assertThat().extractingPath("$[0].questions[0].key").isEqualTo("BAS-01");
			json.assertThat()
				.extractingPath("$[2].questions[0].notApplicableWhen[0].field")
				.isEqualTo("solo_practitioner");
			json.assertThat().extractingPath("$[2].questions[0].notApplicableWhen[0].operator").isEqualTo("EQUALS");
			json.assertThat().extractingPath("$[2].questions[0].notApplicableWhen[0].value").isEqualTo(true);
		});
	}

	@Test
	void listsVulnerabilities() {
		assertThat(this.mvc.get().uri("/api/v1/catalog/vulnerabilities")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$[0].key").isEqualTo("V-NO-RISK-ANALYSIS");
			json.assertThat().extractingPath("$[0].defaultLikelihood").isEqualTo("HIGH");
			json.assertThat().extractingPath("$[0].controls").asArray().hasSizeBetween(2, 4);
			json.assertThat().extractingPath("$[0].group").isEqualTo("ADMINISTRATIVE");
		});
	}

	@Test
	void listsGeneralRulesAndOtherHipaaRules() {
		assertThat(this.mvc.get().uri("/api/v1/catalog/provisions")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$[0].citation").isEqualTo("164.306(a)");
			json.assertThat().extractingPath("$[0].group").isEqualTo("GENERAL_RULES");
			json.assertThat().extractingPath("$[4].citation").isEqualTo("164.530(c)");
			json.assertThat().extractingPath("$[4].group").isEqualTo("OTHER_HIPAA_RULES");
		});
	}

	@Test
	void listsGapMappings() {
		assertThat(this.mvc.get().uri("/api/v1/catalog/gaps")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$[2].key").isEqualTo("asset.no-mfa");
			json.assertThat().extractingPath("$[2].vulnerability").isEqualTo("V-NO-MFA");
		});
	}

}
