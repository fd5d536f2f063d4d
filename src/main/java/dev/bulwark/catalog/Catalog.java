package dev.bulwark.catalog;

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
 * citations are the stable identifiers other modules store.
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

	/** Loads the catalog shipped with the application. */
	public Catalog() {
		this(CatalogLoader.fromClasspath().load());
		logger.info("Loaded catalog {}: {} requirements, {} questions, {} threats, {} vulnerabilities, {} obligations",
				this.content.version().version(), this.requirements.size(), this.questions.size(), this.threats.size(),
				this.vulnerabilities.size(), this.obligations.size());
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

	/** The recurring obligations for the compliance calendar. */
	public List<Obligation> obligations() {
		return this.content.obligations();
	}

	/** An obligation by key, e.g. {@code OBL-RESTORE-TEST}. */
	public Optional<Obligation> obligation(String key) {
		return Optional.ofNullable(this.obligations.get(key));
	}

	/** The ten HICP 2023 practices. */
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
