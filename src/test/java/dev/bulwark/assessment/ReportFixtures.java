package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.Requirement;
import dev.bulwark.catalog.Vulnerability;

/**
 * A complete assessment built in memory from the shipped catalog: every question answered
 * (a realistic mix, with notes and evidence), every addressable decision made, a risk per
 * weakness with its tasks. Used by the report test and the rendering benchmark.
 */
final class ReportFixtures {

	static final String PRACTICE = "Maple Family Dental";

	static final Instant STARTED = Instant.parse("2026-10-01T09:00:00Z");

	static final Instant SIGNED = Instant.parse("2026-11-20T16:30:00Z");

	private ReportFixtures() {
	}

	static ReportModel fullAssessment(Catalog catalog, boolean signedOff) {
		return fullAssessment(catalog, signedOff, inventory());
	}

	/** The complete assessment with the given inventory section. */
	static ReportModel fullAssessment(Catalog catalog, boolean signedOff, ReportModel.InventorySection inventory) {
		Map<String, String> profile = new LinkedHashMap<>();
		profile.put("workforce_size", "9");
		profile.put("solo_practitioner", "false");
		profile.put("ehr_hosting", "CLOUD");
		profile.put("onsite_servers", "false");
		profile.put("remote_work", "true");
		profile.put("portable_devices", "true");
		profile.put("email_phi", "true");
		profile.put("paper_records", "true");
		profile.put("wireless_network", "true");
		profile.put("networked_medical_devices", "true");
		profile.put("business_associates", "true");
		profile.put("clearinghouse_function", "false");
		profile.put("group_health_plan", "false");
		profile.put("multiple_sites", "false");
		profile.put("patient_portal_or_telehealth", "true");
		profile.put("it_support", "MSP");
		Map<String, Object> typed = Questionnaire.typedProfile(catalog.profileFields(), profile);
		AnswerValue[] cycle = { AnswerValue.YES, AnswerValue.YES, AnswerValue.PARTLY, AnswerValue.YES, AnswerValue.NO,
				AnswerValue.YES, AnswerValue.DONT_KNOW, AnswerValue.YES };
		Map<String, AnswerRow> rows = new LinkedHashMap<>();
		UUID manager = UUID.randomUUID();
		int i = 0;
		for (var question : catalog.questions()) {
			AnswerValue value = cycle[i++ % cycle.length];
			rows.put(question.key(),
					new AnswerRow(question.key(), value, null,
							(i % 3 == 0) ? "Checked with our IT provider on the phone; confirmed in writing." : null,
							(i % 4 == 0) ? "https://intranet.example/policies/" + question.key().toLowerCase() : null,
							i % 17 == 0, null, null, false, STARTED.plusSeconds(i * 60L), manager));
		}
		List<AnswerView> answers = Questionnaire.views(catalog, typed, true, rows, (id) -> "Morgan Lee", false);
		List<RiskDetails> register = new ArrayList<>();
		RiskMatrix matrix = RiskMatrix.THREE_BY_THREE;
		Map<String, List<String>> byVulnerability = new LinkedHashMap<>();
		for (AnswerView answer : answers) {
			if (answer.weak()) {
				catalog.question(answer.questionKey())
					.orElseThrow()
					.vulnerabilities()
					.forEach((v) -> byVulnerability.computeIfAbsent(v, (k) -> new ArrayList<>())
						.add(answer.questionKey()));
			}
		}
		int n = 0;
		for (var entry : byVulnerability.entrySet()) {
			Vulnerability vulnerability = catalog.vulnerability(entry.getKey()).orElseThrow();
			UUID riskId = UUID.randomUUID();
			RiskRating likelihood = RiskRating.of(vulnerability.defaultLikelihood());
			RiskRating impact = RiskRating.of(vulnerability.defaultImpact());
			RiskLevel level = matrix.level(likelihood, impact);
			boolean accepted = n == 3;
			boolean proposed = n == 5;
			List<TreatmentTask> tasks = new ArrayList<>();
			for (String control : vulnerability.controls()) {
				tasks.add(new TreatmentTask(UUID.randomUUID(), riskId, vulnerability.title(), level, control, manager,
						"Morgan Lee", LocalDate.of(2027, 1 + (n % 12), 15),
						(n == 0 && tasks.isEmpty()) ? SIGNED.minusSeconds(86400) : null));
			}
			register.add(new RiskDetails(riskId, null, RiskSource.QUESTIONNAIRE, vulnerability.key(),
					vulnerability.title(), vulnerability.description(),
					vulnerability.threats()
						.stream()
						.map((t) -> new ThreatView(t, catalog.threat(t).orElseThrow().title(), "Deliberate attacks",
								null))
						.toList(),
					null, "Front desk PCs, the EHR, the backup drive", "Antivirus on every PC",
					vulnerability.citations(), likelihood, impact, level,
					accepted ? Treatment.ACCEPT : Treatment.MITIGATE, manager, "Morgan Lee",
					LocalDate.of(2027, 1 + (n % 12), 28),
					accepted ? RiskStatus.ACCEPTED : (proposed ? RiskStatus.PROPOSED : RiskStatus.OPEN), RiskRating.LOW,
					RiskRating.MODERATE, matrix.level(RiskRating.LOW, RiskRating.MODERATE), accepted
							? "The practice closes in March; the equipment will be retired then, so new spending is not reasonable."
							: null,
					accepted ? "Morgan Lee" : null, accepted ? SIGNED : null, true, entry.getValue(), false, tasks,
					STARTED, STARTED, null, null, "Default rating for this weakness, reviewed with our IT provider."));
			n++;
		}
		register.sort(AssessmentReader.REGISTER_ORDER);
		List<DecisionView> decisions = new ArrayList<>();
		int d = 0;
		TreatmentTask planned = register.get(0).tasks().get(0);
		for (Requirement specification : catalog.addressableSpecifications()) {
			int index = d++;
			if (index == 1) {
				// One still undecided: the sign-off page lists it as open.
				decisions.add(new DecisionView(specification.citation(), specification.title(), specification.summary(),
						catalog.questionsFor(specification.citation()).stream().map((q) -> q.key()).toList(), null,
						null, null, false, null, null, false, null, null));
				continue;
			}
			if (index == 2) {
				decisions.add(new DecisionView(specification.citation(), specification.title(), specification.summary(),
						catalog.questionsFor(specification.citation()).stream().map((q) -> q.key()).toList(),
						DecisionOutcome.PLANNED, null, null, false, SIGNED, "Morgan Lee", false, planned.id(),
						planned.title() + " (due " + planned.dueDate() + ")"));
				continue;
			}
			DecisionOutcome outcome = DecisionOutcome.values()[index % 3];
			decisions.add(new DecisionView(specification.citation(), specification.title(), specification.summary(),
					catalog.questionsFor(specification.citation()).stream().map((q) -> q.key()).toList(), outcome,
					(outcome == DecisionOutcome.IMPLEMENTED) ? null
							: "Screens lock after 5 minutes and staff badge in; reviewed by our IT provider.",
					(outcome == DecisionOutcome.NOT_REASONABLE)
							? "One-room office, always staffed during opening hours." : null,
					outcome == DecisionOutcome.NOT_REASONABLE, SIGNED, "Morgan Lee", false, null, null));
		}
		List<SectionProgress> sections = Questionnaire.progress(catalog.sections(), answers);
		int asked = (int) answers.stream().filter(AnswerView::asked).count();
		int answered = (int) answers.stream().filter(AnswerView::asked).filter(AnswerView::answered).count();
		AssessmentSummary summary = new AssessmentSummary(UUID.randomUUID(), "Risk assessment 2026",
				signedOff ? AssessmentStatus.SIGNED_OFF : AssessmentStatus.IN_REVIEW, STARTED,
				STARTED.plusSeconds(86400), signedOff ? SIGNED : null, signedOff ? "Morgan Lee" : null, null,
				catalog.version().version(), matrix, true, asked, answered,
				(int) register.stream().filter(RiskDetails::current).count());
		String attestation = signedOff
				? AssessmentLifecycle.attestation("Morgan Lee", PRACTICE, LocalDate.of(2026, 11, 20)) : null;
		AssessmentDetails details = new AssessmentDetails(summary, attestation, profile, sections, answers, decisions);
		return ReportModel.of(PRACTICE, details, register, catalog, SIGNED.plusSeconds(3600),
				java.time.ZoneId.of("America/Chicago"), inventory, scope());
	}

	/**
	 * Thirteen assets, six data flows and a diagram, as a five-person dental office has.
	 */
	/**
	 * A large practice's inventory: {@code count} assets of nine kinds (as the
	 * 10,000-asset bench imports them), a flow per fifty assets and a finding per ten, no
	 * diagram.
	 */
	static ReportModel.InventorySection largeInventory(int count) {
		String[] kinds = { "Workstation", "Laptop", "Server", "Cloud service", "Phone or tablet", "Network device",
				"Printer or scanner", "Medical device", "Removable media" };
		String[] answers = { "Yes", "No", "Not known" };
		List<ReportModel.AssetLine> assets = new ArrayList<>(count);
		List<ReportModel.FlowLine> flows = new ArrayList<>();
		List<ReportModel.FindingLine> findings = new ArrayList<>();
		int ephi = 0;
		for (int i = 0; i < count; i++) {
			String name = String.format(java.util.Locale.ROOT, "Asset %05d", i + 1);
			String store = (i % 3 == 0) ? "No ePHI" : "Stores ePHI";
			if (i % 3 != 0) {
				ephi++;
			}
			assets.add(new ReportModel.AssetLine(name, kinds[i % kinds.length], store,
					(i % 4 == 0) ? null : "Room " + (i % 40), answers[i % 3], answers[(i / 3) % 3],
					answers[(i / 9) % 3], (i % 5 == 0) ? null : "Owner " + (i % 17)));
			if (i % 50 == 49) {
				flows.add(new ReportModel.FlowLine(name, "Asset 00001", "Charts", "File share", answers[i % 3]));
			}
			if (i % 10 == 0) {
				findings.add(new ReportModel.FindingLine("164.312(a)(2)(iv)", name + " is not encrypted", false));
			}
		}
		return new ReportModel.InventorySection(count, ephi, flows.size(), findings.size(), "2026-10-02 by Morgan Lee",
				false, findings, null, assets, flows);
	}

	static ReportModel.InventorySection inventory() {
		List<ReportModel.AssetLine> assets = new ArrayList<>();
		String[][] rows = { { "Dentrix Ascend", "Cloud service", "Stores ePHI", "Vendor cloud", "Yes", "Yes", "Yes" },
				{ "Front desk PC 1", "Workstation", "Accesses ePHI", "Reception", "Yes", "Not known", "Not known" },
				{ "Front desk PC 2", "Workstation", "Accesses ePHI", "Reception", "Yes", "Not known", "Not known" },
				{ "Operatory PC 1", "Workstation", "Accesses ePHI", "Operatory 1", "No", "Not known", "Not known" },
				{ "Operatory PC 2", "Workstation", "Accesses ePHI", "Operatory 2", "No", "Not known", "Not known" },
				{ "Doctor's laptop", "Laptop", "Stores ePHI", "Travels", "Yes", "Not known", "Yes" },
				{ "Imaging server", "Server", "Stores ePHI", "Server closet", "Yes", "Not known", "Yes" },
				{ "Synology NAS", "Server", "Stores ePHI", "Server closet", "Yes", "Not known", "Yes" },
				{ "Backblaze B2", "Cloud service", "Stores ePHI", "Vendor cloud", "Yes", "Yes", "Yes" },
				{ "Office phone (iPhone)", "Phone or tablet", "Accesses ePHI", "Reception", "Yes", "Yes", "No ePHI" },
				{ "FortiGate firewall", "Network device", "No ePHI", "Server closet", "Not known", "Not known", "No" },
				{ "Brother MFC printer", "Printer or scanner", "Accesses ePHI", "Reception", "No", "Not known", "No" },
				{ "Microsoft 365", "Cloud service", "Stores ePHI", "Vendor cloud", "Yes", "No", "Not known" } };
		for (String[] row : rows) {
			assets.add(new ReportModel.AssetLine(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
					"Dr. Priya Shah"));
		}
		List<ReportModel.FlowLine> flows = List.of(
				new ReportModel.FlowLine("Front desk PC 1", "Dentrix Ascend", "Charts, schedules", "Web portal", "Yes"),
				new ReportModel.FlowLine("Imaging server", "Synology NAS", "X-rays", "File share", "Yes"),
				new ReportModel.FlowLine("Synology NAS", "Backblaze B2", "Nightly backup", "API or interface", "Yes"),
				new ReportModel.FlowLine("Microsoft 365", "Delta Dental (business associate)", "Claims", "E-mail",
						"Not known"),
				new ReportModel.FlowLine("Brother MFC printer", "Front desk PC 2", "Scanned forms", "File share", "No"),
				new ReportModel.FlowLine("Doctor's laptop", "Dentrix Ascend", "Charts", "VPN", "Yes"));
		StringBuilder svg = new StringBuilder(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 860 420\" width=\"860\" height=\"420\" font-size=\"12\">");
		for (int i = 0; i < rows.length; i++) {
			svg.append("<rect x=\"")
				.append(10 + (i % 5) * 170)
				.append("\" y=\"")
				.append(20 + (i / 5) * 120)
				.append("\" width=\"150\" height=\"40\" fill=\"#e8f0fa\" stroke=\"#1f4e79\"/><text x=\"")
				.append(16 + (i % 5) * 170)
				.append("\" y=\"")
				.append(44 + (i / 5) * 120)
				.append("\" font-size=\"10.5\">")
				.append(rows[i][0].replace("'", "&#39;"))
				.append("</text>");
		}
		svg.append("</svg>");
		return new ReportModel.InventorySection(13, 11, 6, 4, "2026-10-02 by Morgan Lee", false,
				List.of(new ReportModel.FindingLine("164.312(d)", "No multi-factor sign-in for Microsoft 365", false)),
				svg.toString(), assets, flows);
	}

	static ReportScope scope() {
		return new ReportScope("Maple Family Dental, 412 Elm Street, Suite 3, Springfield, IL 62704",
				LocalDate.of(2025, 11, 21), LocalDate.of(2026, 11, 20),
				"The landlord's building alarm system (holds no patient information).",
				List.of(new ReportScope.Participant("Morgan Lee", "Security official", "Directed the analysis"),
						new ReportScope.Participant("Sam Ortiz, Acme IT", "IT provider (managed service provider)",
								"Named by the practice"),
						new ReportScope.Participant("Dana Price", "Member of the practice's Bulwark team",
								"Answered 12 questions")),
				"No security incidents were recorded in the period; one phishing e-mail was reported and deleted unopened.",
				LocalDate.of(2027, 11, 1),
				List.of(new ReportScope.EarlierAnalysis("Risk assessment 2025", "Signed off", "2025-10-01",
						"2025-11-20", "Morgan Lee")),
				true, true, List.of("No current, complete risk analysis before this assessment"),
				LocalDate.of(2025, 11, 21), LocalDate.of(2026, 11, 20),
				List.of(new dev.bulwark.incidents.IncidentListing(LocalDate.of(2026, 3, 4),
						"Phishing or compromised account", "Closed",
						"Not a breach: low probability that the PHI was compromised")),
				List.of(new dev.bulwark.vendors.BusinessAssociateListing("Backblaze", "Cloud backup",
						"Agreement in effect", LocalDate.of(2025, 2, 1), null, null)));
	}

}
