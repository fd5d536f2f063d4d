package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.ProfileField;
import dev.bulwark.catalog.Requirement;
import dev.bulwark.catalog.Safeguard;
import dev.bulwark.catalog.Section;
import org.jspecify.annotations.Nullable;

/**
 * Everything the PDF report shows, prepared so that the template only lays it out.
 *
 * @param draft whether the assessment is not signed off (the report says so on every
 * page)
 * @param profile the practice profile as question and answer
 * @param sections the questionnaire by section, with progress and every question shown
 * @param findings answers by safeguard: areas of success and areas for review
 * @param register the risk register (as signed off, once signed off)
 * @param treatment current risks to treat, by level, critical first
 * @param accepted accepted risks
 */
record ReportModel(String practiceName, AssessmentSummary assessment, @Nullable String attestation, boolean draft,
		String catalogVersion, String catalogPublished, List<ProfileLine> profile, AssessmentScores scores,
		HeatMap heatMap, List<SectionReport> sections, List<SafeguardFindings> findings, List<DecisionView> decisions,
		Map<String, AnswerView> answersByKey, List<RiskDetails> register, Map<RiskLevel, List<RiskDetails>> treatment,
		List<RiskDetails> accepted, int threatsInCatalog, int vulnerabilitiesInCatalog, String createdOn,
		@Nullable String submittedOn, @Nullable String signedOffOn, String generatedOn,
		@Nullable InventorySection inventory) {

	/**
	 * The inventory as the report shows it: the systems and flows the analysis covered
	 * (OCR's "scope" and "data collection"), as of the sign-off for a signed-off
	 * assessment.
	 */
	record InventorySection(int assets, int ephiAssets, int dataFlows, int openFindings, @Nullable String lastReviewed,
			boolean reviewDue, List<FindingLine> findings, @Nullable String diagramSvg) {

	}

	record FindingLine(String citation, String title, boolean proposedRule) {

	}

	record ProfileLine(String label, String answer) {

	}

	record SectionReport(SectionProgress progress, List<AnswerView> answers) {

	}

	record SafeguardFindings(String title, List<AnswerView> success, List<AnswerView> review, int notApplicable,
			int unanswered) {

	}

	/**
	 * The report's content.
	 * @param now when it is generated
	 * @param zone the practice's time zone: every date is the practice's local date
	 * @param inventory the inventory section, or {@code null} to leave it out
	 */
	static ReportModel of(String practiceName, AssessmentDetails details, List<RiskDetails> register, Catalog catalog,
			Instant now, ZoneId zone, @Nullable InventorySection inventory) {
		AssessmentSummary summary = details.summary();
		List<AnswerView> answers = details.answers();
		Map<String, AnswerView> byKey = answers.stream()
			.collect(Collectors.toMap(AnswerView::questionKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<SectionReport> sections = new ArrayList<>();
		for (SectionProgress progress : details.sections()) {
			List<AnswerView> inSection = answers.stream().filter((a) -> a.sectionKey().equals(progress.key())).toList();
			if (!inSection.isEmpty()) {
				sections.add(new SectionReport(progress, inSection));
			}
		}
		Map<RiskLevel, List<RiskDetails>> treatment = new LinkedHashMap<>();
		for (RiskLevel level : List.of(RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.LOW)) {
			List<RiskDetails> risks = register.stream()
				.filter((risk) -> risk.current() && risk.status() != RiskStatus.ACCEPTED && risk.level() == level)
				.toList();
			if (!risks.isEmpty()) {
				treatment.put(level, risks);
			}
		}
		List<RiskDetails> accepted = register.stream().filter((r) -> r.status() == RiskStatus.ACCEPTED).toList();
		return new ReportModel(practiceName, summary, details.attestation(),
				summary.status() != AssessmentStatus.SIGNED_OFF, summary.catalogVersion(),
				date(catalog.version().published()), profile(catalog.profileFields(), details.profile()),
				AssessmentScores.of(answers, register), HeatMap.of(summary.matrix(), register), sections,
				findings(catalog, answers), details.decisions(), byKey, register, treatment, accepted,
				catalog.threats().size(), catalog.vulnerabilities().size(), date(summary.createdAt(), zone),
				(summary.submittedAt() != null) ? date(summary.submittedAt(), zone) : null,
				(summary.signedOffAt() != null) ? date(summary.signedOffAt(), zone) : null, date(now, zone), inventory);
	}

	/** An empty draft report, for warming up the renderer. */
	static ReportModel sample() {
		AssessmentSummary summary = new AssessmentSummary(new java.util.UUID(0, 0), "Warm-up", AssessmentStatus.DRAFT,
				Instant.EPOCH, null, null, null, null, "-", RiskMatrix.THREE_BY_THREE, false, 0, 0, 0);
		return new ReportModel("Warm-up", summary, null, true, "-", "-", List.of(),
				AssessmentScores.of(List.of(), List.of()), HeatMap.of(RiskMatrix.THREE_BY_THREE, List.of()), List.of(),
				List.of(), List.of(), Map.of(), List.of(), Map.of(), List.of(), 0, 0, "-", null, null, "-", null);
	}

	static List<ProfileLine> profile(List<ProfileField> fields, Map<String, String> values) {
		List<ProfileLine> lines = new ArrayList<>();
		for (ProfileField field : fields) {
			String value = values.get(field.key());
			String shown;
			if (value == null) {
				shown = "Not answered";
			}
			else {
				shown = switch (field.type()) {
					case BOOLEAN -> "true".equals(value) ? "Yes" : "No";
					case NUMBER -> value;
					case CHOICE -> field.choices()
						.stream()
						.filter((choice) -> choice.value().equals(value))
						.map(ProfileField.Choice::label)
						.findFirst()
						.orElse(value);
				};
			}
			lines.add(new ProfileLine(field.label(), shown));
		}
		return lines;
	}

	static List<SafeguardFindings> findings(Catalog catalog, List<AnswerView> answers) {
		Map<Safeguard, List<AnswerView>> bySafeguard = new LinkedHashMap<>();
		for (Safeguard safeguard : Safeguard.values()) {
			bySafeguard.put(safeguard, new ArrayList<>());
		}
		for (AnswerView answer : answers) {
			Safeguard safeguard = answer.citations()
				.stream()
				.map(catalog::requirement)
				.flatMap(java.util.Optional::stream)
				.map(Requirement::safeguard)
				.findFirst()
				.orElse(Safeguard.ADMINISTRATIVE);
			bySafeguard.get(safeguard).add(answer);
		}
		List<SafeguardFindings> findings = new ArrayList<>();
		bySafeguard.forEach((safeguard, list) -> {
			if (list.isEmpty()) {
				return;
			}
			findings.add(new SafeguardFindings(title(safeguard),
					list.stream().filter((a) -> a.effectiveAnswer() == AnswerValue.YES).toList(),
					list.stream().filter(AnswerView::weak).toList(),
					(int) list.stream().filter((a) -> a.effectiveAnswer() == AnswerValue.NOT_APPLICABLE).count(),
					(int) list.stream().filter((a) -> a.asked() && !a.answered()).count()));
		});
		return findings;
	}

	static String title(Safeguard safeguard) {
		return switch (safeguard) {
			case ADMINISTRATIVE -> "Administrative safeguards (164.308)";
			case PHYSICAL -> "Physical safeguards (164.310)";
			case TECHNICAL -> "Technical safeguards (164.312)";
			case ORGANIZATIONAL -> "Organizational requirements (164.314)";
			case DOCUMENTATION -> "Policies, procedures and documentation (164.316)";
		};
	}

	/** The catalog's section titles by key, for the question appendix. */
	static Map<String, String> sectionTitles(List<Section> sections) {
		return sections.stream()
			.collect(Collectors.toMap(Section::key, Section::title, (a, b) -> a, LinkedHashMap::new));
	}

	static String date(Instant instant, ZoneId zone) {
		return LocalDate.ofInstant(instant, zone).toString();
	}

	static String date(LocalDate date) {
		return date.toString();
	}

	/** Every level of the matrix, lowest first, for the method section's table. */
	public List<RiskLevel> levels() {
		return List.of(RiskLevel.values());
	}

}
