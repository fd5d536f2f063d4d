package dev.bulwark.catalog;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shapes of the YAML files as written, before validation. Every field may be missing,
 * so nothing here is trusted until {@link CatalogValidator} has checked it.
 */
final class RawCatalog {

	private RawCatalog() {
	}

	record Manifest(String version, LocalDate published, List<CatalogVersion.Basis> basis,
			List<ManifestChange> changes) {

	}

	record ManifestChange(String version, LocalDate date, List<String> notes) {

	}

	record RequirementsFile(List<RawRequirement> requirements) {

	}

	record RawRequirement(String citation, String title, RequirementKind kind, RequirementLevel requirement,
			String requirementNote, Safeguard safeguard, String standard, String summary, String guidance,
			List<Integer> hicp, String proposed, String appliesNote) {

	}

	record HicpFile(List<HicpPractice> practices, List<HicpTopThreat> topThreats) {

	}

	record ProfileFile(List<RawProfileField> fields) {

	}

	record RawProfileField(String key, String label, String help, ProfileFieldType type,
			List<ProfileField.Choice> choices) {

	}

	record QuestionsFile(List<RawSection> sections) {

	}

	record RawSection(String key, String title, String description, List<RawQuestion> questions) {

	}

	record RawQuestion(String key, String text, String why, String good, List<String> citations,
			List<RawRaise> vulnerabilities, List<RawCondition> notApplicableWhen, Boolean proposed,
			Boolean curedBySignOff, String movedFrom) {

	}

	/**
	 * A vulnerability a question raises: written as its key alone, or as
	 * {@code {vulnerability: V-..., reason: ...}} when it belongs to another part of the
	 * rules than the question and the data must say why.
	 */
	record RawRaise(String vulnerability, String reason) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static RawRaise of(String vulnerability) {
			return new RawRaise(vulnerability, null);
		}

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		RawRaise(@JsonProperty("vulnerability") String vulnerability, @JsonProperty("reason") String reason) {
			this.vulnerability = vulnerability;
			this.reason = reason;
		}

	}

	record RawCondition(String field, @JsonProperty("equals") Object equalTo, @JsonProperty("in") List<Object> in,
			Number lessThan, Boolean orUnanswered, String reason) {

	}

	record ProvisionsFile(List<RawProvision> generalRules, List<RawProvision> otherRules) {

	}

	record RawProvision(String citation, String title, String rule, String summary, String guidance) {

	}

	record GapsFile(List<RawGap> gaps) {

	}

	record RawGap(String source, String key, String citation, String vulnerability, String note) {

	}

	record ThreatsFile(List<ThreatSourceType> sourceTypes, List<RawThreat> threats) {

	}

	record RawThreat(String key, String title, String sourceType, String description, String hicpTopThreat) {

	}

	record VulnerabilitiesFile(List<RawVulnerability> vulnerabilities) {

	}

	record RawVulnerability(String key, String title, String description, List<String> threats, List<String> citations,
			Rating defaultLikelihood, Rating defaultImpact, List<String> controls, List<Integer> hicp) {

	}

	record ObligationsFile(List<RawObligation> obligations) {

	}

	record RawObligation(String key, String title, String frequency, String proposedFrequency, List<String> citations,
			ObligationBasis basis, String capability, String description) {

	}

}
