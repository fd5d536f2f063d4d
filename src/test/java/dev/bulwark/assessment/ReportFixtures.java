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
			List<TreatmentTask> tasks = new ArrayList<>();
			for (String control : vulnerability.controls()) {
				tasks.add(new TreatmentTask(UUID.randomUUID(), riskId, vulnerability.title(), level, control, manager,
						"Morgan Lee", LocalDate.of(2027, 1 + (n % 12), 15), null));
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
					LocalDate.of(2027, 1 + (n % 12), 28), accepted ? RiskStatus.ACCEPTED : RiskStatus.OPEN,
					RiskRating.LOW, RiskRating.MODERATE, matrix.level(RiskRating.LOW, RiskRating.MODERATE), accepted
							? "The practice closes in March; the equipment will be retired then, so new spending is not reasonable."
							: null,
					accepted ? "Morgan Lee" : null, accepted ? SIGNED : null, true, entry.getValue(), false, tasks,
					STARTED, STARTED, null));
			n++;
		}
		register.sort(AssessmentReader.REGISTER_ORDER);
		List<DecisionView> decisions = new ArrayList<>();
		int d = 0;
		for (Requirement specification : catalog.addressableSpecifications()) {
			DecisionOutcome outcome = DecisionOutcome.values()[d++ % 3];
			decisions.add(new DecisionView(specification.citation(), specification.title(), specification.summary(),
					catalog.questionsFor(specification.citation()).stream().map((q) -> q.key()).toList(), outcome,
					(outcome == DecisionOutcome.IMPLEMENTED) ? null
							: "Screens lock after 5 minutes and staff badge in; reviewed by our IT provider.",
					(outcome == DecisionOutcome.NOT_REASONABLE)
							? "One-room office, always staffed during opening hours." : null,
					outcome == DecisionOutcome.NOT_REASONABLE, SIGNED, "Morgan Lee", false));
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
				java.time.ZoneId.of("America/Chicago"), null);
	}

}
