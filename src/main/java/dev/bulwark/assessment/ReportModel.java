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
		@Nullable InventorySection inventory, ReportScope scope, ZoneId zone) {

	/** Letter landscape minus the page margins, in points: the diagram page's width. */
	static final double DIAGRAM_PAGE_WIDTH_PT = (279.4 - 36) / 25.4 * 72;

	/** Letter landscape height minus margins and room for the heading and caption. */
	static final double DIAGRAM_PAGE_HEIGHT_PT = (215.9 - 42 - 30) / 25.4 * 72;

	/**
	 * The width an appendix line may take without wrapping: letter portrait minus the
	 * margins (about 510 pt), less 15 pt to spare.
	 */
	static final double APPENDIX_LINE_PT = (215.9 - 36) / 25.4 * 72 - 15;

	/** The smallest font size the diagram uses, in SVG user units (CSS pixels). */
	static final double DIAGRAM_SMALLEST_FONT = 10.5;

	/**
	 * The inventory as the report shows it: the systems and flows the analysis covered
	 * (OCR's "scope" and "data collection"), as of the sign-off for a signed-off
	 * assessment.
	 */
	record InventorySection(int assets, int ephiAssets, int dataFlows, int openFindings, @Nullable String lastReviewed,
			boolean reviewDue, List<FindingLine> findings, @Nullable String diagramSvg,
			@Nullable List<AssetLine> assetList, @Nullable List<FlowLine> flowList) {

		/** Every asset in use (an older stored section has none). */
		public List<AssetLine> assetLines() {
			return (this.assetList != null) ? this.assetList : List.of();
		}

		/** Every data flow (an older stored section has none). */
		public List<FlowLine> flowLines() {
			return (this.flowList != null) ? this.flowList : List.of();
		}

		/**
		 * The inventory per kind, for the body of the report: at 10,000 assets the list
		 * itself belongs in the appendix. Computed from the asset lines, so a section
		 * frozen before this summary existed gets it too.
		 */
		public List<KindLine> kinds() {
			Map<String, int[]> byKind = new java.util.TreeMap<>();
			for (AssetLine a : assetLines()) {
				int[] c = byKind.computeIfAbsent(a.kind(), (k) -> new int[5]);
				c[0]++;
				if (!"No ePHI".equals(a.ephi()) && !"Not known".equals(a.ephi())) {
					c[1]++;
				}
				if (!"Yes".equals(a.encryption())) {
					c[2]++;
				}
				if (!"Yes".equals(a.mfa())) {
					c[3]++;
				}
				if ("No".equals(a.backup()) || "Not known".equals(a.backup())) {
					c[4]++;
				}
			}
			List<KindLine> lines = new ArrayList<>();
			byKind.forEach((kind, c) -> lines.add(new KindLine(kind, c[0], c[1], c[2], c[3], c[4])));
			return lines;
		}

		/**
		 * The open findings grouped by requirement, for the body: one line per
		 * requirement with how many systems or flows it concerns and one example; every
		 * finding is listed in the appendix.
		 */
		public List<FindingGroup> findingGroups() {
			Map<String, FindingGroup> groups = new LinkedHashMap<>();
			for (FindingLine f : this.findings) {
				String key = f.citation() + "|" + f.proposedRule();
				FindingGroup group = groups.get(key);
				groups.put(key, (group == null) ? new FindingGroup(f.citation(), f.proposedRule(), 1, f.title())
						: new FindingGroup(group.citation(), group.proposedRule(), group.count() + 1, group.example()));
			}
			return new ArrayList<>(groups.values());
		}

		/**
		 * How the diagram is printed: on a landscape page of its own, scaled so that its
		 * smallest text is as large as the page allows; {@code null} without a diagram.
		 */
		public @Nullable DiagramLayout diagram() {
			return (this.diagramSvg != null) ? DiagramLayout.of(this.diagramSvg) : null;
		}

	}

	/**
	 * The assets of one kind.
	 *
	 * @param ephi how many store, back up or access ePHI
	 * @param encryptionNotConfirmed encryption "No" or "Not known"
	 * @param mfaNotConfirmed multi-factor sign-in "No" or "Not known"
	 * @param backupNotConfirmed backup "No" or "Not known"
	 */
	record KindLine(String kind, int count, int ephi, int encryptionNotConfirmed, int mfaNotConfirmed,
			int backupNotConfirmed) {

	}

	/**
	 * Open inventory findings of one requirement: how many, and the first as an example.
	 */
	record FindingGroup(String citation, boolean proposedRule, int count, String example) {

	}

	/** One asset of the inventory, as the report prints it. */
	record AssetLine(String name, String kind, String ephi, @Nullable String location, String encryption, String mfa,
			String backup, @Nullable String owner) {

		/**
		 * The appendix's line: "Name; kind; patient information; location; encrypted: …;
		 * MFA: …; backed up: …; owner", a dash for what is not recorded. Built here
		 * rather than in the template: 10,000 template expressions cost a tenth of the
		 * report.
		 */
		public String line() {
			return this.name + "; " + this.kind + "; " + this.ephi + "; "
					+ ((this.location != null) ? this.location : "–") + "; encrypted: " + this.encryption + "; MFA: "
					+ this.mfa + "; backed up: " + this.backup + "; " + ((this.owner != null) ? this.owner : "–");
		}

		/**
		 * Whether the line fits the page's width at the appendix's 7.5 pt, with room to
		 * spare: the template then keeps it on one line (measured once, not per word).
		 */
		public boolean oneLine() {
			return dev.bulwark.shared.HtmlPdf.widthPt(line(), 7.5) <= APPENDIX_LINE_PT;
		}

	}

	/** One data flow of the inventory, as the report prints it. */
	record FlowLine(String from, String to, @Nullable String what, String channel, String encrypted) {

	}

	/**
	 * The diagram's printed size.
	 *
	 * @param widthPt printed width in points
	 * @param heightPt printed height in points
	 * @param smallestTextPt the smallest text as printed, in points
	 */
	record DiagramLayout(double widthPt, double heightPt, double smallestTextPt) {

		private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern
			.compile("<svg[^>]*?\\swidth=\"(\\d+(?:\\.\\d+)?)\"[^>]*?\\sheight=\"(\\d+(?:\\.\\d+)?)\"");

		static DiagramLayout of(String svg) {
			java.util.regex.Matcher matcher = SIZE.matcher(svg);
			double width = 640;
			double height = 400;
			if (matcher.find()) {
				width = Double.parseDouble(matcher.group(1));
				height = Double.parseDouble(matcher.group(2));
			}
			// SVG user units are CSS pixels: 0.75 pt each at natural size.
			double scale = Math.min(DIAGRAM_PAGE_WIDTH_PT / (width * 0.75), DIAGRAM_PAGE_HEIGHT_PT / (height * 0.75));
			return new DiagramLayout(width * 0.75 * scale, height * 0.75 * scale, DIAGRAM_SMALLEST_FONT * 0.75 * scale);
		}

		/** The CSS size of the diagram's box. */
		public String style() {
			return String.format(java.util.Locale.ROOT, "width: %.0fpt; height: %.0fpt;", this.widthPt, this.heightPt);
		}

		/** The smallest text size, rounded down to one decimal, e.g. "9.4". */
		public String smallestText() {
			return String.format(java.util.Locale.ROOT, "%.1f", Math.floor(this.smallestTextPt * 10) / 10);
		}

		public boolean readable() {
			return this.smallestTextPt >= 8;
		}

	}

	record FindingLine(String citation, String title, boolean proposedRule) {

	}

	record ProfileLine(String label, String answer) {

	}

	record SectionReport(SectionProgress progress, List<AnswerView> answers) {

	}

	/**
	 * @param notApplicable asked questions answered "not applicable"
	 * @param ruledOut questions the profile rules out (not asked, not counted elsewhere)
	 */
	record SafeguardFindings(String title, List<AnswerView> success, List<AnswerView> review, int notApplicable,
			int unanswered, int ruledOut) {

	}

	/**
	 * The report's content.
	 * @param now when it is generated
	 * @param zone the practice's time zone: every date is the practice's local date
	 * @param inventory the inventory section, or {@code null} to leave it out
	 */
	static ReportModel of(String practiceName, AssessmentDetails details, List<RiskDetails> register, Catalog catalog,
			Instant now, ZoneId zone, @Nullable InventorySection inventory, ReportScope scope) {
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
				(summary.signedOffAt() != null) ? date(summary.signedOffAt(), zone) : null, date(now, zone), inventory,
				scope, zone);
	}

	/** An empty draft report, for warming up the renderer. */
	static ReportModel sample() {
		AssessmentSummary summary = new AssessmentSummary(new java.util.UUID(0, 0), "Warm-up", AssessmentStatus.DRAFT,
				Instant.EPOCH, null, null, null, null, "-", RiskMatrix.THREE_BY_THREE, false, 0, 0, 0);
		return new ReportModel("Warm-up", summary, null, true, "-", "-", List.of(),
				AssessmentScores.of(List.of(), List.of()), HeatMap.of(RiskMatrix.THREE_BY_THREE, List.of()), List.of(),
				List.of(), List.of(), Map.of(), List.of(), Map.of(), List.of(), 0, 0, "-", null, null, "-", null,
				ReportScope.empty(), java.time.ZoneOffset.UTC);
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
					(int) list.stream().filter((a) -> a.asked() && a.answer() == AnswerValue.NOT_APPLICABLE).count(),
					(int) list.stream().filter((a) -> a.asked() && !a.answered()).count(),
					(int) list.stream().filter((a) -> !a.asked()).count()));
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

	/** The practice's local date of an instant, e.g. "2026-11-20"; "–" for none. */
	public String day(@Nullable Instant instant) {
		return (instant != null) ? date(instant, this.zone) : "–";
	}

	/**
	 * Every current Critical and High risk (proposed, open or accepted), highest first:
	 * the summary lists them all.
	 */
	public List<RiskDetails> highestRisks() {
		return this.register.stream()
			.filter(RiskDetails::current)
			.filter((risk) -> risk.level() == RiskLevel.CRITICAL || risk.level() == RiskLevel.HIGH)
			.toList();
	}

	/** Current risks below High, counted (the summary names only Critical and High). */
	public long lowerRisks() {
		return this.register.stream()
			.filter(RiskDetails::current)
			.filter((risk) -> risk.level() != RiskLevel.CRITICAL && risk.level() != RiskLevel.HIGH)
			.count();
	}

	/** Addressable specifications without a decision, for the sign-off's open items. */
	public List<DecisionView> undecided() {
		return this.decisions.stream().filter((d) -> d.outcome() == null).toList();
	}

	/** Decisions that contradict their answers, for the warnings. */
	public List<DecisionView> contradictedDecisions() {
		return this.decisions.stream().filter((d) -> d.contradiction(this.answersByKey) != null).toList();
	}

	/** Risks still only proposed (nobody confirmed, treated or accepted them). */
	public List<RiskDetails> proposedOnly() {
		return this.register.stream().filter((risk) -> risk.status() == RiskStatus.PROPOSED).toList();
	}

	/** Asked questions without an answer, for the sign-off's open items. */
	public List<AnswerView> unansweredQuestions() {
		return this.answersByKey.values().stream().filter((a) -> a.asked() && !a.answered()).toList();
	}

	/** The answers about business associates, until a vendor register exists. */
	public List<AnswerView> businessAssociateAnswers() {
		return this.answersByKey.values()
			.stream()
			.filter((a) -> a.sectionKey().equals("business_associates") && a.asked())
			.toList();
	}

	/** The one basis of the summary counts, stated. */
	public String countBasis() {
		int asked = this.scores.asked();
		int ruledOut = this.scores.ruledOut();
		return "Every count below is of the " + asked + " questions asked of this practice: yes, partly, no, "
				+ "don't know, not applicable and unanswered add up to " + asked + ". The "
				+ count(ruledOut, "question", "questions") + " the practice profile rules out "
				+ ((ruledOut == 1) ? "is" : "are") + " not asked and not counted here; the appendix lists "
				+ ((ruledOut == 1) ? "it" : "them") + " with the reason.";
	}

	/** {@link #count} for the template. */
	public String n(long n, String one, String many) {
		return count(n, one, many);
	}

	/** "1 area" or "3 areas": a count with the right form of its noun. */
	public static String count(long n, String one, String many) {
		return n + " " + ((n == 1) ? one : many);
	}

}
