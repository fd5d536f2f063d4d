package dev.bulwark.catalog;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

/**
 * Cross-checks the raw catalog files: required fields, well-formed and unique keys, and
 * that every reference between files resolves. Collects every problem instead of stopping
 * at the first, so one start-up shows all that needs fixing.
 */
final class CatalogValidator {

	/** Section keys in questionnaire order, with the prefix of their question keys. */
	static final Map<String, String> SECTION_PREFIXES = sectionPrefixes();

	/** Capabilities an obligation may belong to (the modules that record it). */
	static final Set<String> CAPABILITIES = Set.of("assessment", "inventory", "workforce", "policies", "vendors",
			"contingency", "incidents", "vulnerabilities", "evidence");

	private static final Set<String> SOURCE_TYPES = Set.of("ADVERSARIAL", "ACCIDENTAL", "STRUCTURAL", "ENVIRONMENTAL");

	private static final Set<String> BASIS_STATUSES = Set.of("IN_FORCE", "PROPOSED", "GUIDANCE");

	private static final Pattern CITATION = Pattern.compile("164\\.3(08|10|12|14|16)(\\([a-zA-Z0-9]+\\))+");

	/** Any paragraph of 45 CFR Part 164, for provisions outside 164.308-164.316. */
	private static final Pattern ANY_CITATION = Pattern.compile("164\\.(\\d{3})(\\([a-zA-Z0-9]+\\))+");

	private static final Pattern GAP_SOURCE = Pattern.compile("[a-z]+");

	private static final Pattern GAP_KEY = Pattern.compile("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");

	/** The words a question marked cured_by_sign_off must use to ask about the past. */
	private static final String BEFORE_THIS_ASSESSMENT = "before this assessment";

	private static final Pattern QUESTION_KEY = Pattern.compile("([A-Z]{2,3})-(\\d{2})");

	private static final Pattern THREAT_KEY = Pattern.compile("T-[A-Z0-9]+(-[A-Z0-9]+)*");

	private static final Pattern VULNERABILITY_KEY = Pattern.compile("V-[A-Z0-9]+(-[A-Z0-9]+)*");

	private static final Pattern OBLIGATION_KEY = Pattern.compile("OBL-[A-Z0-9]+(-[A-Z0-9]+)*");

	private static final Pattern UPPER_KEY = Pattern.compile("[A-Z]+(_[A-Z]+)*");

	private static final Pattern PROFILE_KEY = Pattern.compile("[a-z]+(_[a-z]+)*");

	private final List<String> problems = new ArrayList<>();

	private final RawCatalog.Manifest manifest;

	private final RawCatalog.RequirementsFile requirements;

	private final RawCatalog.HicpFile hicp;

	private final RawCatalog.ProfileFile profile;

	private final RawCatalog.QuestionsFile questions;

	private final RawCatalog.ThreatsFile threats;

	private final RawCatalog.VulnerabilitiesFile vulnerabilities;

	private final RawCatalog.ObligationsFile obligations;

	private final RawCatalog.ProvisionsFile provisions;

	private final RawCatalog.GapsFile gaps;

	CatalogValidator(RawCatalog.Manifest manifest, RawCatalog.RequirementsFile requirements, RawCatalog.HicpFile hicp,
			RawCatalog.ProfileFile profile, RawCatalog.QuestionsFile questions, RawCatalog.ThreatsFile threats,
			RawCatalog.VulnerabilitiesFile vulnerabilities, RawCatalog.ObligationsFile obligations,
			RawCatalog.ProvisionsFile provisions, RawCatalog.GapsFile gaps) {
		this.manifest = manifest;
		this.requirements = requirements;
		this.hicp = hicp;
		this.profile = profile;
		this.questions = questions;
		this.threats = threats;
		this.vulnerabilities = vulnerabilities;
		this.obligations = obligations;
		this.provisions = provisions;
		this.gaps = gaps;
	}

	/**
	 * Checks everything.
	 * @return the problems found, each as "file, entry: what is wrong"; empty if the
	 * catalog is sound
	 */
	List<String> validate() {
		checkManifest();
		Set<Integer> practices = checkHicp();
		Set<String> topThreats = list(this.hicp.topThreats()).stream()
			.map(HicpTopThreat::key)
			.collect(Collectors.toSet());
		Set<String> requirementCitations = checkRequirements(practices);
		Set<String> citations = new HashSet<>(requirementCitations);
		citations.addAll(checkProvisions(requirementCitations));
		Map<String, RawProfileField> fields = checkProfile();
		Set<String> threatKeys = checkThreats(topThreats);
		Map<String, RawVulnerability> vulnerabilityKeys = checkVulnerabilities(threatKeys, citations, practices);
		checkQuestions(citations, vulnerabilityKeys, fields);
		checkObligations(citations);
		checkGaps(citations, vulnerabilityKeys);
		return List.copyOf(this.problems);
	}

	private Set<String> checkProvisions(Set<String> requirementCitations) {
		String file = CatalogLoader.PROVISIONS;
		List<RawProvision> general = list(this.provisions.generalRules());
		List<RawProvision> other = list(this.provisions.otherRules());
		List<RawProvision> all = new ArrayList<>(general);
		all.addAll(other);
		unique(file, "provision", all, RawProvision::citation);
		for (RawProvision provision : all) {
			String entry = "provision " + provision.citation();
			if (!wellFormed(file, entry, provision.citation(), ANY_CITATION)) {
				continue;
			}
			if (requirementCitations.contains(provision.citation())) {
				problem(file, entry, "is already a requirement in " + CatalogLoader.REQUIREMENTS);
			}
			required(file, entry, "title", provision.title());
			required(file, entry, "rule", provision.rule());
			required(file, entry, "summary", provision.summary());
			required(file, entry, "guidance", provision.guidance());
		}
		for (RawProvision provision : general) {
			if (provision.citation() != null && RuleGroup.of(provision.citation()) != RuleGroup.GENERAL_RULES) {
				problem(file, "provision " + provision.citation(), "a general rule must be in 164.306");
			}
		}
		for (RawProvision provision : other) {
			if (provision.citation() != null && securityRuleSection(provision.citation())) {
				problem(file, "provision " + provision.citation(),
						"another HIPAA rule must lie outside the Security Rule (164.302-164.318)");
			}
		}
		return keys(all, RawProvision::citation);
	}

	private static boolean securityRuleSection(String citation) {
		var matcher = ANY_CITATION.matcher(citation);
		if (!matcher.matches()) {
			return false;
		}
		int section = Integer.parseInt(matcher.group(1));
		return section >= 302 && section <= 318;
	}

	private void checkGaps(Set<String> citations, Map<String, RawVulnerability> vulnerabilities) {
		String file = CatalogLoader.GAPS;
		List<RawGap> all = list(this.gaps.gaps());
		unique(file, "gap", all, (gap) -> gap.source() + ":" + gap.key());
		for (RawGap gap : all) {
			String entry = "gap " + gap.source() + ":" + gap.key();
			wellFormed(file, entry, gap.source(), GAP_SOURCE);
			wellFormed(file, entry, gap.key(), GAP_KEY);
			required(file, entry, "note", gap.note());
			if (gap.citation() == null || !citations.contains(gap.citation())) {
				problem(file, entry, "unknown citation '" + gap.citation() + "'");
			}
			RawVulnerability vulnerability = vulnerabilities.get(gap.vulnerability());
			if (vulnerability == null) {
				problem(file, entry, "unknown vulnerability '" + gap.vulnerability() + "'");
			}
			else if (!list(vulnerability.citations()).contains(gap.citation())) {
				problem(file, entry,
						"vulnerability " + gap.vulnerability() + " does not cite the gap's citation " + gap.citation());
			}
		}
	}

	private void checkManifest() {
		String file = CatalogLoader.MANIFEST;
		required(file, "manifest", "version", this.manifest.version());
		if (this.manifest.published() == null) {
			problem(file, "manifest", "missing published date");
		}
		if (list(this.manifest.basis()).isEmpty()) {
			problem(file, "manifest", "missing basis");
		}
		for (CatalogVersion.Basis basis : list(this.manifest.basis())) {
			String entry = "basis '" + basis.title() + "'";
			required(file, entry, "title", basis.title());
			if (!BASIS_STATUSES.contains(basis.status())) {
				problem(file, entry, "status must be one of " + BASIS_STATUSES + " but is '" + basis.status() + "'");
			}
		}
		List<RawCatalog.ManifestChange> changes = list(this.manifest.changes());
		for (RawCatalog.ManifestChange change : changes) {
			String entry = "change " + change.version();
			required(file, entry, "version", change.version());
			if (change.date() == null) {
				problem(file, entry, "missing date");
			}
			if (list(change.notes()).isEmpty()) {
				problem(file, entry, "missing notes");
			}
		}
		if (changes.stream().noneMatch((change) -> isSame(change.version(), this.manifest.version()))) {
			problem(file, "manifest", "the changelog has no entry for version " + this.manifest.version());
		}
	}

	private Set<Integer> checkHicp() {
		String file = CatalogLoader.HICP;
		Set<Integer> numbers = new HashSet<>();
		for (HicpPractice practice : list(this.hicp.practices())) {
			String entry = "practice " + practice.number();
			if (practice.number() < 1 || practice.number() > 10) {
				problem(file, entry, "number must be between 1 and 10");
			}
			if (!numbers.add(practice.number())) {
				problem(file, entry, "duplicate practice number");
			}
			required(file, entry, "title", practice.title());
			required(file, entry, "summary", practice.summary());
		}
		unique(file, "top threat", list(this.hicp.topThreats()), HicpTopThreat::key);
		for (HicpTopThreat threat : list(this.hicp.topThreats())) {
			String entry = "top threat " + threat.key();
			wellFormed(file, entry, threat.key(), UPPER_KEY);
			required(file, entry, "title", threat.title());
			required(file, entry, "summary", threat.summary());
		}
		return numbers;
	}

	private Set<String> checkRequirements(Set<Integer> practices) {
		String file = CatalogLoader.REQUIREMENTS;
		List<RawRequirement> all = list(this.requirements.requirements());
		unique(file, "requirement", all, RawRequirement::citation);
		Map<String, RawRequirement> byCitation = new HashMap<>();
		all.stream().filter((r) -> r.citation() != null).forEach((r) -> byCitation.putIfAbsent(r.citation(), r));
		Set<String> standardsWithSpecifications = new HashSet<>();
		for (RawRequirement requirement : all) {
			String entry = "requirement " + requirement.citation();
			if (!wellFormed(file, entry, requirement.citation(), CITATION)) {
				continue;
			}
			required(file, entry, "title", requirement.title());
			required(file, entry, "summary", requirement.summary());
			required(file, entry, "guidance", requirement.guidance());
			notBlankIfPresent(file, entry, "requirement_note", requirement.requirementNote());
			notBlankIfPresent(file, entry, "proposed", requirement.proposed());
			notBlankIfPresent(file, entry, "applies_note", requirement.appliesNote());
			if (requirement.kind() == null || requirement.requirement() == null || requirement.safeguard() == null) {
				problem(file, entry, "kind, requirement and safeguard are all required");
				continue;
			}
			Safeguard expected = Safeguard.forCitation(requirement.citation());
			if (requirement.safeguard() != expected) {
				problem(file, entry, "safeguard must be " + expected + " for a citation in " + expected.section());
			}
			if (requirement.kind() == RequirementKind.STANDARD) {
				if (requirement.standard() != null) {
					problem(file, entry, "a standard must not name a parent standard");
				}
				if (requirement.requirement() != RequirementLevel.REQUIRED) {
					problem(file, entry, "every standard is REQUIRED (164.306(c))");
				}
			}
			else {
				RawRequirement parent = byCitation.get(requirement.standard());
				if (parent == null || parent.kind() != RequirementKind.STANDARD) {
					problem(file, entry, "standard '" + requirement.standard() + "' is not a standard in this file");
				}
				else if (parent.safeguard() != requirement.safeguard()) {
					problem(file, entry, "standard '" + requirement.standard() + "' is in another section");
				}
				else {
					standardsWithSpecifications.add(parent.citation());
				}
			}
			hicpNumbers(file, entry, requirement.hicp(), practices);
		}
		for (String standard : standardsWithSpecifications) {
			if (isBlank(byCitation.get(standard).requirementNote())) {
				problem(file, "requirement " + standard,
						"a standard with implementation specifications needs a requirement_note");
			}
		}
		return byCitation.keySet();
	}

	private Map<String, RawProfileField> checkProfile() {
		String file = CatalogLoader.PROFILE;
		List<RawProfileField> fields = list(this.profile.fields());
		unique(file, "field", fields, RawProfileField::key);
		Map<String, RawProfileField> byKey = new HashMap<>();
		for (RawProfileField field : fields) {
			String entry = "field " + field.key();
			if (!wellFormed(file, entry, field.key(), PROFILE_KEY)) {
				continue;
			}
			byKey.putIfAbsent(field.key(), field);
			required(file, entry, "label", field.label());
			required(file, entry, "help", field.help());
			if (field.type() == null) {
				problem(file, entry, "missing type");
				continue;
			}
			List<ProfileField.Choice> choices = list(field.choices());
			if (field.type() == ProfileFieldType.CHOICE) {
				if (choices.isEmpty()) {
					problem(file, entry, "a CHOICE field needs choices");
				}
				unique(file, entry + " choice", choices, ProfileField.Choice::value);
				choices
					.forEach((choice) -> required(file, entry + " choice " + choice.value(), "label", choice.label()));
			}
			else if (!choices.isEmpty()) {
				problem(file, entry, "only CHOICE fields may have choices");
			}
		}
		return byKey;
	}

	private Set<String> checkThreats(Set<String> topThreats) {
		String file = CatalogLoader.THREATS;
		List<ThreatSourceType> sourceTypes = list(this.threats.sourceTypes());
		unique(file, "source type", sourceTypes, ThreatSourceType::key);
		for (ThreatSourceType type : sourceTypes) {
			String entry = "source type " + type.key();
			if (!SOURCE_TYPES.contains(type.key())) {
				problem(file, entry, "key must be one of " + SOURCE_TYPES);
			}
			required(file, entry, "title", type.title());
			required(file, entry, "description", type.description());
		}
		Set<String> sourceTypeKeys = sourceTypes.stream().map(ThreatSourceType::key).collect(Collectors.toSet());
		List<RawThreat> all = list(this.threats.threats());
		unique(file, "threat", all, RawThreat::key);
		for (RawThreat threat : all) {
			String entry = "threat " + threat.key();
			wellFormed(file, entry, threat.key(), THREAT_KEY);
			required(file, entry, "title", threat.title());
			required(file, entry, "description", threat.description());
			if (!sourceTypeKeys.contains(threat.sourceType())) {
				problem(file, entry, "unknown source_type '" + threat.sourceType() + "'");
			}
			if (threat.hicpTopThreat() != null && !topThreats.contains(threat.hicpTopThreat())) {
				problem(file, entry, "unknown hicp_top_threat '" + threat.hicpTopThreat() + "'");
			}
		}
		return keys(all, RawThreat::key);
	}

	private Map<String, RawVulnerability> checkVulnerabilities(Set<String> threatKeys, Set<String> citations,
			Set<Integer> practices) {
		String file = CatalogLoader.VULNERABILITIES;
		List<RawVulnerability> all = list(this.vulnerabilities.vulnerabilities());
		unique(file, "vulnerability", all, RawVulnerability::key);
		for (RawVulnerability vulnerability : all) {
			String entry = "vulnerability " + vulnerability.key();
			wellFormed(file, entry, vulnerability.key(), VULNERABILITY_KEY);
			required(file, entry, "title", vulnerability.title());
			required(file, entry, "description", vulnerability.description());
			references(file, entry, "threat", vulnerability.threats(), threatKeys, true);
			references(file, entry, "citation", vulnerability.citations(), citations, true);
			if (vulnerability.defaultLikelihood() == null || vulnerability.defaultImpact() == null) {
				problem(file, entry, "default_likelihood and default_impact are both required");
			}
			List<String> controls = list(vulnerability.controls());
			if (controls.size() < 2 || controls.size() > 4) {
				problem(file, entry, "needs 2 to 4 controls but has " + controls.size());
			}
			controls.forEach((control) -> required(file, entry, "control text", control));
			hicpNumbers(file, entry, vulnerability.hicp(), practices);
		}
		Map<String, RawVulnerability> byKey = new HashMap<>();
		all.stream().filter((v) -> v.key() != null).forEach((v) -> byKey.putIfAbsent(v.key(), v));
		return byKey;
	}

	private void checkQuestions(Set<String> citations, Map<String, RawVulnerability> vulnerabilityKeys,
			Map<String, RawProfileField> fields) {
		String file = CatalogLoader.QUESTIONS;
		List<RawSection> sections = list(this.questions.sections());
		unique(file, "section", sections, RawSection::key);
		List<String> sectionKeys = sections.stream().map(RawSection::key).toList();
		if (!sectionKeys.equals(List.copyOf(SECTION_PREFIXES.keySet()))) {
			problem(file, "sections",
					"must be exactly " + SECTION_PREFIXES.keySet() + " in that order, found " + sectionKeys);
		}
		List<RawQuestion> all = sections.stream().flatMap((section) -> list(section.questions()).stream()).toList();
		unique(file, "question", all, RawQuestion::key);
		for (RawSection section : sections) {
			String sectionEntry = "section " + section.key();
			required(file, sectionEntry, "title", section.title());
			required(file, sectionEntry, "description", section.description());
			if (list(section.questions()).isEmpty()) {
				problem(file, sectionEntry, "has no questions");
			}
			for (RawQuestion question : list(section.questions())) {
				checkQuestion(file, section.key(), question, citations, vulnerabilityKeys, fields);
			}
		}
	}

	private void checkQuestion(String file, String section, RawQuestion question, Set<String> citations,
			Map<String, RawVulnerability> vulnerabilityKeys, Map<String, RawProfileField> fields) {
		String entry = "question " + question.key();
		// A question moved to another section keeps its key so that answers carry over.
		String keySection = section;
		if (question.movedFrom() != null) {
			if (!SECTION_PREFIXES.containsKey(question.movedFrom()) || question.movedFrom().equals(section)) {
				problem(file, entry, "moved_from must name another section but is '" + question.movedFrom() + "'");
			}
			else {
				keySection = question.movedFrom();
			}
		}
		String prefix = SECTION_PREFIXES.get(keySection);
		if (wellFormed(file, entry, question.key(), QUESTION_KEY) && prefix != null
				&& !question.key().startsWith(prefix + "-")) {
			problem(file, entry, "key must start with " + prefix + "- in this section");
		}
		required(file, entry, "text", question.text());
		if (!isBlank(question.text()) && !question.text().strip().endsWith("?")) {
			problem(file, entry, "text must be a question ending with '?'");
		}
		if (Boolean.TRUE.equals(question.curedBySignOff()) && !isBlank(question.text())
				&& !question.text().toLowerCase(java.util.Locale.ROOT).contains(BEFORE_THIS_ASSESSMENT)) {
			problem(file, entry,
					"a question cured by sign-off must ask about the time '" + BEFORE_THIS_ASSESSMENT + "'");
		}
		required(file, entry, "why", question.why());
		required(file, entry, "good", question.good());
		references(file, entry, "citation", question.citations(), citations, true);
		List<RawRaise> raises = list(question.vulnerabilities());
		references(file, entry, "vulnerability", raises.stream().map(RawRaise::vulnerability).toList(),
				vulnerabilityKeys.keySet(), true);
		Set<RuleGroup> groups = list(question.citations()).stream()
			.filter((citation) -> citation != null)
			.map(RuleGroup::of)
			.collect(Collectors.toSet());
		for (RawRaise raise : raises) {
			RawVulnerability vulnerability = vulnerabilityKeys.get(raise.vulnerability());
			if (vulnerability == null || list(vulnerability.citations()).isEmpty()) {
				continue;
			}
			RuleGroup group = RuleGroup.of(vulnerability.citations().get(0));
			boolean crossGroup = !groups.contains(group);
			if (crossGroup && isBlank(raise.reason())) {
				problem(file, entry, "raises " + raise.vulnerability() + " from " + group
						+ ", another part of the rules than its citations, without a reason");
			}
			else if (!crossGroup && raise.reason() != null) {
				problem(file, entry, "gives a reason for raising " + raise.vulnerability()
						+ ", which is in the same part of the rules as its citations");
			}
		}
		for (RawCondition condition : list(question.notApplicableWhen())) {
			checkCondition(file, entry, condition, fields);
		}
	}

	private void checkCondition(String file, String entry, RawCondition condition,
			Map<String, RawProfileField> fields) {
		String where = entry + " condition on '" + condition.field() + "'";
		required(file, where, "reason", condition.reason());
		long operators = List.of(condition.equalTo() != null, condition.in() != null, condition.lessThan() != null)
			.stream()
			.filter(Boolean::booleanValue)
			.count();
		if (operators != 1) {
			problem(file, where, "needs exactly one of equals, in, less_than but has " + operators);
			return;
		}
		RawProfileField field = fields.get(condition.field());
		if (field == null) {
			problem(file, where, "unknown profile field '" + condition.field() + "'");
			return;
		}
		if (field.type() == null) {
			return;
		}
		if (condition.lessThan() != null) {
			if (field.type() != ProfileFieldType.NUMBER) {
				problem(file, where, "less_than needs a NUMBER field but " + field.key() + " is " + field.type());
			}
			return;
		}
		List<Object> values = (condition.in() != null) ? condition.in() : List.of(condition.equalTo());
		if (values.isEmpty()) {
			problem(file, where, "'in' needs at least one value");
		}
		for (Object value : values) {
			if (!fits(field, value)) {
				problem(file, where, "value '" + value + "' does not fit " + field.type() + " field " + field.key());
			}
		}
	}

	private static boolean fits(RawProfileField field, Object value) {
		return switch (field.type()) {
			case BOOLEAN -> value instanceof Boolean;
			case NUMBER -> value instanceof Number;
			case CHOICE -> list(field.choices()).stream().anyMatch((choice) -> choice.value().equals(value));
		};
	}

	private void checkObligations(Set<String> citations) {
		String file = CatalogLoader.OBLIGATIONS;
		List<RawObligation> all = list(this.obligations.obligations());
		unique(file, "obligation", all, RawObligation::key);
		for (RawObligation obligation : all) {
			String entry = "obligation " + obligation.key();
			wellFormed(file, entry, obligation.key(), OBLIGATION_KEY);
			required(file, entry, "title", obligation.title());
			required(file, entry, "description", obligation.description());
			period(file, entry, "frequency", obligation.frequency(), true);
			period(file, entry, "proposed_frequency", obligation.proposedFrequency(), false);
			references(file, entry, "citation", obligation.citations(), citations, false);
			if (obligation.basis() == null) {
				problem(file, entry, "missing basis");
			}
			if (!CAPABILITIES.contains(obligation.capability())) {
				problem(file, entry, "capability must be one of " + CAPABILITIES.stream().sorted().toList()
						+ " but is '" + obligation.capability() + "'");
			}
		}
	}

	private void period(String file, String entry, String name, String value, boolean mandatory) {
		if (value == null) {
			if (mandatory) {
				problem(file, entry, "missing " + name);
			}
			return;
		}
		try {
			Period period = Period.parse(value);
			if (period.isNegative() || period.isZero()) {
				problem(file, entry, name + " must be a positive period");
			}
		}
		catch (DateTimeParseException ex) {
			problem(file, entry, name + " '" + value + "' is not an ISO-8601 period such as P1Y or P6M");
		}
	}

	private void hicpNumbers(String file, String entry, List<Integer> numbers, Set<Integer> practices) {
		if (list(numbers).isEmpty()) {
			problem(file, entry, "needs at least one HICP practice number");
		}
		for (Integer number : list(numbers)) {
			if (!practices.contains(number)) {
				problem(file, entry, "unknown HICP practice " + number);
			}
		}
	}

	private void references(String file, String entry, String kind, List<String> values, Set<String> known,
			boolean atLeastOne) {
		if (atLeastOne && list(values).isEmpty()) {
			problem(file, entry, "needs at least one " + kind);
		}
		Set<String> seen = new HashSet<>();
		for (String value : list(values)) {
			if (!known.contains(value)) {
				problem(file, entry, "unknown " + kind + " '" + value + "'");
			}
			if (!seen.add(value)) {
				problem(file, entry, kind + " '" + value + "' is listed twice");
			}
		}
	}

	private <T> void unique(String file, String kind, Collection<T> items, Function<T, String> key) {
		Set<String> seen = new HashSet<>();
		for (T item : items) {
			String value = key.apply(item);
			if (value != null && !seen.add(value)) {
				problem(file, kind + " " + value, "duplicate key");
			}
		}
	}

	private boolean wellFormed(String file, String entry, String key, Pattern pattern) {
		if (key == null || !pattern.matcher(key).matches()) {
			problem(file, entry, "key '" + key + "' is missing or malformed (expected " + pattern.pattern() + ")");
			return false;
		}
		return true;
	}

	private void required(String file, String entry, String name, String value) {
		if (isBlank(value)) {
			problem(file, entry, "missing " + name);
		}
	}

	private void notBlankIfPresent(String file, String entry, String name, String value) {
		if (value != null && value.isBlank()) {
			problem(file, entry, name + " is present but empty");
		}
	}

	private void problem(String file, String entry, String message) {
		this.problems.add(file + ", " + entry + ": " + message);
	}

	private static <T> Set<String> keys(List<T> items, Function<T, String> key) {
		return items.stream().map(key).filter((value) -> value != null).collect(Collectors.toSet());
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean isSame(String left, String right) {
		return left != null && left.equals(right);
	}

	static <T> List<T> list(List<T> values) {
		return (values != null) ? values : List.of();
	}

	private static Map<String, String> sectionPrefixes() {
		Map<String, String> prefixes = new LinkedHashMap<>();
		prefixes.put("basics", "BAS");
		prefixes.put("policies", "POL");
		prefixes.put("workforce", "WF");
		prefixes.put("data", "DAT");
		prefixes.put("physical", "PHY");
		prefixes.put("business_associates", "BA");
		prefixes.put("contingency", "CON");
		prefixes.put("technical", "TEC");
		prefixes.put("other_rules", "OTH");
		return Collections.unmodifiableMap(prefixes);
	}

}
