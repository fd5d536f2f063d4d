package dev.bulwark.catalog;

import java.util.List;
import java.util.Map;

import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON view of the catalog for integrations and MSP tooling. The content is the
 * same for every practice, so any signed-in member may read it.
 */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog", description = "HIPAA Security Rule requirements, assessment questions and vulnerabilities")
class CatalogApiController {

	private final Catalog catalog;

	CatalogApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/requirements")
	@Permitted(Permission.CATALOG_READ)
	@Operation(summary = "List every Security Rule standard and implementation specification",
			description = "All 65 entries of 45 CFR 164.308-164.316 with citation, title, kind, "
					+ "required/addressable mark, safeguard, summary, parent standard and proposed-rule note.")
	List<RequirementView> requirements() {
		return this.catalog.requirements().stream().map(RequirementView::of).toList();
	}

	@GetMapping("/questions")
	@Permitted(Permission.CATALOG_READ)
	@Operation(summary = "List the risk-assessment questionnaire",
			description = "Sections in order, each with its questions, cited requirements, proposed "
					+ "vulnerabilities and the profile conditions that make a question not applicable.")
	List<SectionView> questions() {
		return this.catalog.sections().stream().map(SectionView::of).toList();
	}

	@GetMapping("/provisions")
	@Permitted(Permission.CATALOG_READ)
	@Operation(summary = "List the general rules and the provisions of other HIPAA rules that questions cite",
			description = "The general rules of 45 CFR 164.306 (group GENERAL_RULES) and the few provisions of "
					+ "other HIPAA rules, such as the Privacy Rule's safeguards for paper records "
					+ "(group OTHER_HIPAA_RULES), which are not Security Rule requirements.")
	List<Provision> provisions() {
		List<Provision> all = new java.util.ArrayList<>(this.catalog.generalRules());
		all.addAll(this.catalog.otherRules());
		return all;
	}

	@GetMapping("/gaps")
	@Permitted(Permission.CATALOG_READ)
	@Operation(summary = "List which vulnerability each kind of gap found by another module is",
			description = "Each kind of gap, such as inventory asset.no-mfa, with the citation the reporting "
					+ "module attaches and the catalog vulnerability it is an instance of.")
	List<GapMapping> gaps() {
		return this.catalog.gapMappings();
	}

	@GetMapping("/vulnerabilities")
	@Permitted(Permission.CATALOG_READ)
	@Operation(summary = "List the vulnerabilities",
			description = "Each vulnerability with the threats that exploit it, the requirements it concerns, "
					+ "default likelihood and impact, and remediation steps.")
	List<VulnerabilityView> vulnerabilities() {
		return this.catalog.vulnerabilities().stream().map(VulnerabilityView::of).toList();
	}

	record RequirementView(String citation, String title, RequirementKind kind, RequirementLevel requirement,
			Safeguard safeguard, String summary, @Nullable String standard, @Nullable String proposed) {

		static RequirementView of(Requirement requirement) {
			return new RequirementView(requirement.citation(), requirement.title(), requirement.kind(),
					requirement.level(), requirement.safeguard(), requirement.summary(), requirement.standard(),
					requirement.proposed());
		}

	}

	record SectionView(String key, String title, String description, List<QuestionView> questions) {

		static SectionView of(Section section) {
			return new SectionView(section.key(), section.title(), section.description(),
					section.questions().stream().map(QuestionView::of).toList());
		}

	}

	record QuestionView(String key, String text, String why, String good, List<String> citations, RuleGroup group,
			List<String> vulnerabilities, Map<String, String> mappingReasons, List<ConditionView> notApplicableWhen,
			boolean proposed, boolean curedBySignOff) {

		static QuestionView of(Question question) {
			return new QuestionView(question.key(), question.text(), question.why(), question.good(),
					question.citations(), question.group(), question.vulnerabilities(), question.mappingReasons(),
					question.notApplicableWhen().stream().map(ConditionView::of).toList(), question.proposed(),
					question.curedBySignOff());
		}

	}

	record ConditionView(String field, ApplicabilityCondition.Operator operator, Object value, boolean orUnanswered,
			String reason) {

		static ConditionView of(ApplicabilityCondition condition) {
			return new ConditionView(condition.field(), condition.operator(), condition.value(),
					condition.orUnanswered(), condition.reason());
		}

	}

	record VulnerabilityView(String key, String title, String description, RuleGroup group, List<String> threats,
			List<String> citations, Rating defaultLikelihood, Rating defaultImpact, List<String> controls,
			List<Integer> hicp, List<String> gaps) {

		static VulnerabilityView of(Vulnerability vulnerability) {
			return new VulnerabilityView(vulnerability.key(), vulnerability.title(), vulnerability.description(),
					vulnerability.group(), vulnerability.threats(), vulnerability.citations(),
					vulnerability.defaultLikelihood(), vulnerability.defaultImpact(), vulnerability.controls(),
					vulnerability.hicp(), vulnerability.gaps());
		}

	}

}
