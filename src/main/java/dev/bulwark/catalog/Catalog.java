package dev.bulwark.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Bulwark's regulatory catalog: the Security Rule's standards and implementation
 * specifications, the guided risk-assessment questionnaire and practice profile, threats,
 * vulnerabilities, HICP 2023 practices and the recurring obligations of the compliance
 * calendar.
 * <p>
 * The content is loaded from the versioned YAML files under {@code catalog/} on the class
 * path when the application starts, checked for consistency (start-up fails with a
 * message naming the file and entry at fault), and never changes while the application
 * runs. Everything returned is immutable, in the order of the data files. Keys and
 * citations are the stable identifiers other modules store; a key, once published, is
 * never removed, so records made with an older release still resolve.
 * <p>
 * Besides the Security Rule's standards and implementation specifications
 * ({@link #requirements()}), questions may cite the rule's general rules in 164.306 and a
 * few provisions of other HIPAA rules, such as the Privacy Rule's safeguards for paper
 * records ({@link #provision(String)}); {@link RuleGroup} tells them apart.
 */
@Service
public class Catalog {

	private static final Logger logger = LoggerFactory.getLogger(Catalog.class);

	private final CatalogContent content;

	private final Map<String, Requirement> requirements;

	private final Map<String, Section> sections;

	private final List<Question> allQuestions;

	private final Map<String, Question> questions;

	private final Map<String, ProfileField> profileFields;

	private final Map<String, Threat> threats;

	private final Map<String, Vulnerability> vulnerabilities;

	private final Map<String, Obligation> obligations;

	private final Map<String, Provision> provisions;

	private final Map<String, GapMapping> gapMappings;

	/** Loads the catalog shipped with the application. */
	public Catalog() {
		this(CatalogLoader.fromClasspath().load());
		logger.info(
				"Loaded catalog {}: {} requirements, {} other provisions, {} questions, {} threats, {} vulnerabilities, "
						+ "{} gap mappings, {} obligations",
				this.content.version().version(), this.requirements.size(), this.provisions.size(),
				this.questions.size(), this.threats.size(), this.vulnerabilities.size(), this.gapMappings.size(),
				this.obligations.size());
	}

	Catalog(CatalogContent content) {
		this.content = content;
		this.requirements = index(content.requirements(), Requirement::citation);
		this.sections = index(content.sections(), Section::key);
		this.allQuestions = content.sections().stream().flatMap((section) -> section.questions().stream()).toList();
		this.questions = index(this.allQuestions, Question::key);
		this.profileFields = index(content.profileFields(), ProfileField::key);
		this.threats = index(content.threats(), Threat::key);
		this.vulnerabilities = index(content.vulnerabilities(), Vulnerability::key);
		this.obligations = index(content.obligations(), Obligation::key);
		Map<String, Provision> provisions = new LinkedHashMap<>();
		content.generalRules().forEach((provision) -> provisions.put(provision.citation(), provision));
		content.otherRules().forEach((provision) -> provisions.put(provision.citation(), provision));
		this.provisions = Collections.unmodifiableMap(provisions);
		this.gapMappings = index(content.gapMappings(), GapMapping::qualifiedKey);
	}

	/** The release of the catalog content, its basis and changelog. */
	public CatalogVersion version() {
		return this.content.version();
	}

	/**
	 * Every standard and implementation specification of 164.308-164.316, in rule order.
	 */
	public List<Requirement> requirements() {
		return this.content.requirements();
	}

	/**
	 * A standard or implementation specification by its citation.
	 * @param citation e.g. {@code 164.312(a)(2)(iv)}
	 * @return the requirement, or empty if the citation is not in the catalog
	 */
	public Optional<Requirement> requirement(String citation) {
		return Optional.ofNullable(this.requirements.get(citation));
	}

	/**
	 * The implementation specifications of one standard, in rule order; empty for unknown
	 * citations.
	 */
	public List<Requirement> specificationsOf(String standardCitation) {
		return requirements().stream()
			.filter((requirement) -> standardCitation.equals(requirement.standard()))
			.toList();
	}

	/**
	 * The addressable implementation specifications, each needing a documented decision:
	 * implemented, or why not and what is done instead.
	 */
	public List<Requirement> addressableSpecifications() {
		return requirements().stream().filter(Requirement::addressableSpecification).toList();
	}

	/**
	 * The general rules of 164.306 that questions cite: the general requirements, the
	 * flexibility factors, decisions on addressable specifications and maintenance.
	 */
	public List<Provision> generalRules() {
		return this.content.generalRules();
	}

	/**
	 * The provisions of other HIPAA rules (outside the Security Rule) that questions or
	 * vulnerabilities cite, such as the Privacy Rule's safeguards for paper records.
	 */
	public List<Provision> otherRules() {
		return this.content.otherRules();
	}

	/**
	 * A general rule or a provision of another HIPAA rule by its citation.
	 * @param citation e.g. {@code 164.306(d)(3)} or {@code 164.530(c)}
	 * @return the provision, or empty if it is not one (requirements are looked up with
	 * {@link #requirement(String)})
	 */
	public Optional<Provision> provision(String citation) {
		return Optional.ofNullable(this.provisions.get(citation));
	}

	/**
	 * The title of anything a question or vulnerability may cite: a requirement, a
	 * general rule or a provision of another HIPAA rule.
	 * @param citation e.g. {@code 164.310(d)(1)}
	 * @return the title, or empty if the citation is not in the catalog
	 */
	public Optional<String> citationTitle(String citation) {
		return requirement(citation).map(Requirement::title).or(() -> provision(citation).map(Provision::title));
	}

	/**
	 * The questionnaire's sections, in the order they are asked, each with its questions.
	 */
	public List<Section> sections() {
		return this.content.sections();
	}

	/** A questionnaire section by key, e.g. {@code workforce}. */
	public Optional<Section> section(String key) {
		return Optional.ofNullable(this.sections.get(key));
	}

	/** Every question of every section, in the order they are asked. */
	public List<Question> questions() {
		return this.allQuestions;
	}

	/** A question by its stable key, e.g. {@code DAT-07}. */
	public Optional<Question> question(String key) {
		return Optional.ofNullable(this.questions.get(key));
	}

	/**
	 * The questions that give evidence for a requirement, in the order they are asked.
	 */
	public List<Question> questionsFor(String citation) {
		return this.allQuestions.stream().filter((question) -> question.citations().contains(citation)).toList();
	}

	/**
	 * The questions whose weak answers raise a vulnerability, in the order they are
	 * asked.
	 */
	public List<Question> questionsRaising(String vulnerabilityKey) {
		return this.allQuestions.stream()
			.filter((question) -> question.vulnerabilities().contains(vulnerabilityKey))
			.toList();
	}

	/**
	 * Whether signing off the current assessment remedies a risk raised only by these
	 * questions.
	 * <p>
	 * Some questions ask about the time before the assessment ("before this assessment,
	 * did you have a current risk analysis?"). On a first assessment the truthful answer
	 * is "no", yet the signed-off assessment is itself the missing risk analysis and
	 * treatment plan. The assessment may therefore close such a risk at sign-off as
	 * remedied by the analysis, provided every other current risk has a treatment or an
	 * acceptance; a risk also raised by any other question stays open.
	 * @param questionKeys the keys of the questions whose weak answers raised the risk
	 * @return {@code true} if there is at least one key and every key is a question
	 * marked {@link Question#curedBySignOff()}
	 */
	public boolean curedBySignOff(Collection<String> questionKeys) {
		return !questionKeys.isEmpty()
				&& questionKeys.stream().allMatch((key) -> question(key).map(Question::curedBySignOff).orElse(false));
	}

	/** The practice-profile fields asked before the questionnaire. */
	public List<ProfileField> profileFields() {
		return this.content.profileFields();
	}

	/** A practice-profile field by key, e.g. {@code ehr_hosting}. */
	public Optional<ProfileField> profileField(String key) {
		return Optional.ofNullable(this.profileFields.get(key));
	}

	/** The four NIST SP 800-30 threat-source types. */
	public List<ThreatSourceType> threatSourceTypes() {
		return this.content.threatSourceTypes();
	}

	/** Every threat, grouped in the file by source type. */
	public List<Threat> threats() {
		return this.content.threats();
	}

	/** A threat by key, e.g. {@code T-RANSOMWARE}. */
	public Optional<Threat> threat(String key) {
		return Optional.ofNullable(this.threats.get(key));
	}

	/** Every vulnerability with its threats, default ratings and remediation steps. */
	public List<Vulnerability> vulnerabilities() {
		return this.content.vulnerabilities();
	}

	/** A vulnerability by key, e.g. {@code V-NO-BACKUP}. */
	public Optional<Vulnerability> vulnerability(String key) {
		return Optional.ofNullable(this.vulnerabilities.get(key));
	}

	/**
	 * The vulnerability a kind of gap reported by another module is an instance of. The
	 * risk register uses it for gaps (never "the first vulnerability citing the same
	 * paragraph"), and merges a gap and weak answers that raise the same vulnerability
	 * into one risk with both sources.
	 * @param source the reporting module, e.g. {@code inventory}
	 * @param key the kind of gap, e.g. {@code asset.no-mfa}
	 * @return the vulnerability, or empty for a gap the catalog does not map
	 */
	public Optional<Vulnerability> vulnerabilityForGap(String source, String key) {
		return Optional.ofNullable(this.gapMappings.get(source + ":" + key))
			.flatMap((mapping) -> vulnerability(mapping.vulnerability()));
	}

	/** Every mapping from a kind of gap to its vulnerability, in file order. */
	public List<GapMapping> gapMappings() {
		return this.content.gapMappings();
	}

	/** The recurring obligations for the compliance calendar. */
	public List<Obligation> obligations() {
		return this.content.obligations();
	}

	/** An obligation by key, e.g. {@code OBL-RESTORE-TEST}. */
	public Optional<Obligation> obligation(String key) {
		return Optional.ofNullable(this.obligations.get(key));
	}

	/**
	 * The ten HICP 2023 practices, under short names (see {@link HicpPractice}).
	 */
	public List<HicpPractice> hicpPractices() {
		return this.content.hicpPractices();
	}

	/** The five HICP 2023 top threats. */
	public List<HicpTopThreat> hicpTopThreats() {
		return this.content.hicpTopThreats();
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> index = new LinkedHashMap<>();
		items.forEach((item) -> index.put(key.apply(item), item));
		return Collections.unmodifiableMap(index);
	}

}
