package dev.bulwark.catalog;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bulwark.catalog.RawCatalog.RawCondition;
import dev.bulwark.catalog.RawCatalog.RawGap;
import dev.bulwark.catalog.RawCatalog.RawObligation;
import dev.bulwark.catalog.RawCatalog.RawProfileField;
import dev.bulwark.catalog.RawCatalog.RawProvision;
import dev.bulwark.catalog.RawCatalog.RawQuestion;
import dev.bulwark.catalog.RawCatalog.RawRaise;
import dev.bulwark.catalog.RawCatalog.RawRequirement;
import dev.bulwark.catalog.RawCatalog.RawSection;
import dev.bulwark.catalog.RawCatalog.RawThreat;
import dev.bulwark.catalog.RawCatalog.RawVulnerability;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static dev.bulwark.catalog.CatalogValidator.list;

/**
 * Reads the catalog's YAML files, validates them together and turns them into the
 * immutable read models the {@link Catalog} serves.
 */
final class CatalogLoader {

	static final String MANIFEST = "catalog.yaml";

	static final String REQUIREMENTS = "requirements.yaml";

	static final String HICP = "hicp.yaml";

	static final String PROFILE = "profile.yaml";

	static final String QUESTIONS = "questions.yaml";

	static final String THREATS = "threats.yaml";

	static final String VULNERABILITIES = "vulnerabilities.yaml";

	static final String OBLIGATIONS = "obligations.yaml";

	static final String PROVISIONS = "provisions.yaml";

	static final String GAPS = "gaps.yaml";

	private final CatalogSource source;

	private final ObjectMapper mapper;

	CatalogLoader(CatalogSource source) {
		this.source = source;
		// Unknown keys fail so that a misspelt field is reported instead of silently
		// ignored.
		this.mapper = YAMLMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
	}

	/** The loader for the catalog shipped with the application. */
	static CatalogLoader fromClasspath() {
		return new CatalogLoader(CatalogSource.classpath("catalog/"));
	}

	/**
	 * Reads and validates every file.
	 * @return the catalog content
	 * @throws InvalidCatalogException naming every file and entry at fault
	 */
	CatalogContent load() {
		RawCatalog.Manifest manifest = read(MANIFEST, RawCatalog.Manifest.class);
		RawCatalog.RequirementsFile requirements = read(REQUIREMENTS, RawCatalog.RequirementsFile.class);
		RawCatalog.HicpFile hicp = read(HICP, RawCatalog.HicpFile.class);
		RawCatalog.ProfileFile profile = read(PROFILE, RawCatalog.ProfileFile.class);
		RawCatalog.QuestionsFile questions = read(QUESTIONS, RawCatalog.QuestionsFile.class);
		RawCatalog.ThreatsFile threats = read(THREATS, RawCatalog.ThreatsFile.class);
		RawCatalog.VulnerabilitiesFile vulnerabilities = read(VULNERABILITIES, RawCatalog.VulnerabilitiesFile.class);
		RawCatalog.ObligationsFile obligations = read(OBLIGATIONS, RawCatalog.ObligationsFile.class);
		RawCatalog.ProvisionsFile provisions = read(PROVISIONS, RawCatalog.ProvisionsFile.class);
		RawCatalog.GapsFile gaps = read(GAPS, RawCatalog.GapsFile.class);
		List<String> problems = new CatalogValidator(manifest, requirements, hicp, profile, questions, threats,
				vulnerabilities, obligations, provisions, gaps)
			.validate();
		if (!problems.isEmpty()) {
			throw InvalidCatalogException.inconsistent(problems);
		}
		List<GapMapping> gapMappings = list(gaps.gaps()).stream().map(CatalogLoader::gapMapping).toList();
		return new CatalogContent(version(manifest),
				list(requirements.requirements()).stream().map(CatalogLoader::requirement).toList(),
				list(provisions.generalRules()).stream().map((raw) -> provision(raw, RuleGroup.GENERAL_RULES)).toList(),
				list(provisions.otherRules()).stream()
					.map((raw) -> provision(raw, RuleGroup.OTHER_HIPAA_RULES))
					.toList(),
				list(questions.sections()).stream().map(CatalogLoader::section).toList(),
				list(profile.fields()).stream().map(CatalogLoader::profileField).toList(), list(threats.sourceTypes()),
				list(threats.threats()).stream().map(CatalogLoader::threat).toList(),
				list(vulnerabilities.vulnerabilities()).stream().map((raw) -> vulnerability(raw, gapMappings)).toList(),
				gapMappings, list(obligations.obligations()).stream().map(CatalogLoader::obligation).toList(),
				list(hicp.practices()), list(hicp.topThreats()));
	}

	private <T> T read(String fileName, Class<T> type) {
		String text = this.source.read(fileName);
		T value;
		try {
			value = this.mapper.readValue(text, type);
		}
		catch (JacksonException ex) {
			throw InvalidCatalogException.unreadableFile(fileName, ex);
		}
		if (value == null) {
			throw InvalidCatalogException.inconsistent(List.of(fileName + ": the file is empty"));
		}
		return value;
	}

	private static CatalogVersion version(RawCatalog.Manifest manifest) {
		List<CatalogVersion.Change> changes = list(manifest.changes()).stream()
			.map((change) -> new CatalogVersion.Change(change.version(), change.date(), change.notes()))
			.toList();
		return new CatalogVersion(manifest.version(), manifest.published(), manifest.basis(), changes);
	}

	private static Requirement requirement(RawRequirement raw) {
		return new Requirement(raw.citation(), raw.title().strip(), raw.kind(), raw.requirement(),
				raw.requirementNote(), raw.safeguard(), raw.standard(), raw.summary(), raw.guidance(), raw.hicp(),
				raw.proposed(), raw.appliesNote());
	}

	private static Provision provision(RawProvision raw, RuleGroup group) {
		return new Provision(raw.citation(), raw.title().strip(), group, raw.rule(), raw.summary(), raw.guidance());
	}

	private static Section section(RawSection raw) {
		List<Question> questions = new ArrayList<>();
		for (RawQuestion question : raw.questions()) {
			Map<String, String> reasons = new LinkedHashMap<>();
			list(question.vulnerabilities()).stream()
				.filter((raise) -> raise.reason() != null)
				.forEach((raise) -> reasons.put(raise.vulnerability(), raise.reason().strip()));
			questions.add(new Question(question.key(), raw.key(), question.text(), question.why(), question.good(),
					question.citations(), question.vulnerabilities().stream().map(RawRaise::vulnerability).toList(),
					reasons, list(question.notApplicableWhen()).stream().map(CatalogLoader::condition).toList(),
					Boolean.TRUE.equals(question.proposed()), Boolean.TRUE.equals(question.curedBySignOff())));
		}
		return new Section(raw.key(), raw.title(), raw.description(), questions);
	}

	private static ApplicabilityCondition condition(RawCondition raw) {
		boolean orUnanswered = Boolean.TRUE.equals(raw.orUnanswered());
		if (raw.in() != null) {
			return new ApplicabilityCondition(raw.field(), ApplicabilityCondition.Operator.IN, raw.in(), raw.reason(),
					orUnanswered);
		}
		if (raw.lessThan() != null) {
			return new ApplicabilityCondition(raw.field(), ApplicabilityCondition.Operator.LESS_THAN, raw.lessThan(),
					raw.reason(), orUnanswered);
		}
		return new ApplicabilityCondition(raw.field(), ApplicabilityCondition.Operator.EQUALS, raw.equalTo(),
				raw.reason(), orUnanswered);
	}

	private static GapMapping gapMapping(RawGap raw) {
		return new GapMapping(raw.source(), raw.key(), raw.citation(), raw.vulnerability(), raw.note().strip());
	}

	private static ProfileField profileField(RawProfileField raw) {
		return new ProfileField(raw.key(), raw.label(), raw.help(), raw.type(), list(raw.choices()));
	}

	private static Threat threat(RawThreat raw) {
		return new Threat(raw.key(), raw.title(), raw.sourceType(), raw.description(), raw.hicpTopThreat());
	}

	private static Vulnerability vulnerability(RawVulnerability raw, List<GapMapping> gapMappings) {
		List<String> gaps = gapMappings.stream()
			.filter((mapping) -> mapping.vulnerability().equals(raw.key()))
			.map(GapMapping::qualifiedKey)
			.toList();
		return new Vulnerability(raw.key(), raw.title(), raw.description(), raw.threats(), raw.citations(),
				raw.defaultLikelihood(), raw.defaultImpact(), raw.controls(), raw.hicp(), gaps);
	}

	private static Obligation obligation(RawObligation raw) {
		Period proposed = (raw.proposedFrequency() != null) ? Period.parse(raw.proposedFrequency()) : null;
		return new Obligation(raw.key(), raw.title(), Period.parse(raw.frequency()), proposed, list(raw.citations()),
				raw.basis(), raw.capability(), raw.description());
	}

}
