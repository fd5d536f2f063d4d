package dev.bulwark.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.HicpTopThreat;
import dev.bulwark.catalog.ThreatSourceType;
import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.RequestMemo;
import dev.bulwark.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Builds the read models of assessments and risks from stored rows, the catalog and the
 * practice's settings. Shared by the {@link Assessments} and {@link Risks} facades.
 */
@Component
class AssessmentReader {

	/**
	 * Highest level first, then by status (proposed before open before accepted), then
	 * title.
	 */
	static final Comparator<RiskDetails> REGISTER_ORDER = Comparator
		.comparing((RiskDetails risk) -> -risk.level().ordinal())
		.thenComparing((risk) -> risk.status().ordinal())
		.thenComparing(RiskDetails::title, String.CASE_INSENSITIVE_ORDER);

	private static final TypeReference<List<RiskDetails>> SNAPSHOT = new TypeReference<>() {
	};

	private final AssessmentRepository assessments;

	private final RiskRepository risks;

	private final Catalog catalog;

	private final Practices practices;

	private final Accounts accounts;

	private final JsonMapper json = JsonMapper.builder().build();

	AssessmentReader(AssessmentRepository assessments, RiskRepository risks, Catalog catalog, Practices practices,
			Accounts accounts) {
		this.assessments = assessments;
		this.risks = risks;
		this.catalog = catalog;
		this.practices = practices;
		this.accounts = accounts;
	}

	AssessmentRow row(UUID practiceId, UUID id) {
		return this.assessments.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Assessment", id));
	}

	PracticeDetails practice(UUID practiceId) {
		return this.practices.get(practiceId);
	}

	Names names(UUID practiceId) {
		return RequestMemo.get("assessment.names:" + practiceId, () -> readNames(practiceId));
	}

	private Names readNames(UUID practiceId) {
		List<MemberSummary> members = this.accounts.members(practiceId);
		return new Names(
				members.stream()
					.collect(Collectors.toMap(MemberSummary::userId, MemberSummary::displayName, (a, b) -> a)),
				members.stream()
					.collect(Collectors.toMap(MemberSummary::userId, (m) -> m.role().label(), (a, b) -> a)));
	}

	/** The matrix of an assessment: fixed at sign-off, the practice's setting before. */
	RiskMatrix matrix(PracticeDetails practice, @Nullable AssessmentRow row) {
		return RiskMatrix.fromSetting((row != null && row.status() == AssessmentStatus.SIGNED_OFF) ? row.riskMatrix()
				: practice.riskMatrix());
	}

	boolean nprm(PracticeDetails practice, AssessmentRow row) {
		return (row.status() == AssessmentStatus.SIGNED_OFF) ? row.nprmMode() : practice.nprmMode();
	}

	Map<String, String> profile(UUID practiceId, UUID assessmentId) {
		return this.assessments.profile(practiceId, assessmentId);
	}

	/** The answers as views; built once per page view (several cards and panels ask). */
	List<AnswerView> answers(UUID practiceId, PracticeDetails practice, AssessmentRow row, Names names) {
		return RequestMemo.get("assessment.answers:" + practiceId + ":" + row.id(),
				() -> List.copyOf(readAnswers(practiceId, practice, row, names)));
	}

	private List<AnswerView> readAnswers(UUID practiceId, PracticeDetails practice, AssessmentRow row, Names names) {
		Map<String, Object> profile = Questionnaire.typedProfile(this.catalog.profileFields(),
				this.assessments.profile(practiceId, row.id()));
		return views(practice, row, profile, this.assessments.answers(practiceId, row.id()), names);
	}

	/** The answers as views, from rows and a typed profile already read. */
	List<AnswerView> views(PracticeDetails practice, AssessmentRow row, Map<String, ?> profile,
			Map<String, AnswerRow> stored, Names names) {
		Map<String, AnswerRow> rows = new LinkedHashMap<>(stored);
		// Answers saved before the role was recorded show the person's role today,
		// marked.
		rows.replaceAll((key, answer) -> (answer.answeredBy() != null && answer.answeredRole() == null)
				? answer.withRole(names.roleToday(answer.answeredBy())) : answer);
		return Questionnaire.views(this.catalog, profile, nprm(practice, row), rows, names, row.previousId() != null);
	}

	AssessmentSummary summary(AssessmentRow row, PracticeDetails practice, List<AnswerView> answers,
			List<RiskDetails> register) {
		int asked = (int) answers.stream().filter(AnswerView::asked).count();
		int answered = (int) answers.stream().filter(AnswerView::asked).filter(AnswerView::answered).count();
		int current = (int) register.stream().filter(RiskDetails::current).count();
		return new AssessmentSummary(row.id(), row.title(), row.status(), row.createdAt(), row.submittedAt(),
				row.signedOffAt(), row.signedOffName(), row.previousId(), row.catalogVersion(), matrix(practice, row),
				nprm(practice, row), asked, answered, current);
	}

	AssessmentSummary summary(UUID practiceId, AssessmentRow row) {
		PracticeDetails practice = practice(practiceId);
		Names names = names(practiceId);
		List<AnswerView> answers = answers(practiceId, practice, row, names);
		return summary(row, practice, answers, register(practiceId, practice, row, answers, names));
	}

	/**
	 * The register of an assessment: as it stood at sign-off once signed off, live
	 * before.
	 */
	List<RiskDetails> register(UUID practiceId, PracticeDetails practice, AssessmentRow row, List<AnswerView> answers,
			Names names) {
		return RequestMemo.get("assessment.register:" + practiceId + ":" + row.id(),
				() -> List.copyOf(readRegister(practiceId, practice, row, answers, names)));
	}

	private List<RiskDetails> readRegister(UUID practiceId, PracticeDetails practice, AssessmentRow row,
			List<AnswerView> answers, Names names) {
		if (row.status() == AssessmentStatus.SIGNED_OFF && row.registerSnapshot() != null) {
			return readSnapshot(row.registerSnapshot());
		}
		return live(practiceId, this.risks.byAssessment(practiceId, row.id()), matrix(practice, row), answers, names);
	}

	/** Stored risks as read models, in register order. */
	List<RiskDetails> live(UUID practiceId, List<RiskRecord> records, RiskMatrix matrix, List<AnswerView> answers,
			Names names) {
		Map<String, AnswerView> byKey = answers.stream()
			.collect(Collectors.toMap(AnswerView::questionKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<UUID, List<TaskRecord>> tasks = this.risks.tasks(practiceId, records.stream().map(RiskRecord::id).toList());
		Map<UUID, String> rationales = this.risks.rationales(practiceId, records.stream().map(RiskRecord::id).toList());
		List<RiskDetails> views = new ArrayList<>();
		for (RiskRecord record : records) {
			views.add(view(record, matrix, byKey, names, tasks.getOrDefault(record.id(), List.of()), rationales));
		}
		views.sort(REGISTER_ORDER);
		return views;
	}

	RiskDetails view(RiskRecord record, RiskMatrix matrix, Map<String, AnswerView> answers, Names names,
			List<TaskRecord> tasks, Map<UUID, String> rationales) {
		RiskLevel level = matrix.level(record.likelihood(), record.impact());
		RiskLevel residual = (record.residualLikelihood() != null && record.residualImpact() != null)
				? matrix.level(record.residualLikelihood(), record.residualImpact()) : null;
		List<TreatmentTask> taskViews = tasks.stream().map((task) -> {
			UUID owner = (task.ownerId() != null) ? task.ownerId() : record.ownerId();
			return new TreatmentTask(task.id(), record.id(), record.title(), level, task.title(), owner,
					(owner != null) ? names.apply(owner) : null,
					(task.dueDate() != null) ? task.dueDate() : record.dueDate(), task.doneAt());
		}).toList();
		return new RiskDetails(record.id(), record.assessmentId(), record.source(), record.vulnerabilityKey(),
				record.title(), record.vulnerability(), threats(record.threatKeys()), record.threat(), record.assets(),
				record.existingControls(), record.citations(), record.likelihood(), record.impact(), level,
				record.treatment(), record.ownerId(), (record.ownerId() != null) ? names.apply(record.ownerId()) : null,
				record.dueDate(), record.status(), record.residualLikelihood(), record.residualImpact(), residual,
				record.acceptanceJustification(), record.acceptedByName(), record.acceptedAt(), record.edited(),
				record.questionKeys(), RiskProposals.answersNoLongerSupport(record, answers), taskViews,
				record.createdAt(), record.updatedAt(), record.sourceLink(), record.sourceKey(),
				rationales.get(record.id()));
	}

	List<ThreatView> threats(List<String> keys) {
		List<ThreatView> views = new ArrayList<>();
		for (String key : keys) {
			this.catalog.threat(key).ifPresent((threat) -> {
				String source = this.catalog.threatSourceTypes()
					.stream()
					.filter((type) -> type.key().equals(threat.sourceType()))
					.map(ThreatSourceType::title)
					.findFirst()
					.orElse(threat.sourceType());
				String top = (threat.hicpTopThreat() != null) ? this.catalog.hicpTopThreats()
					.stream()
					.filter((t) -> t.key().equals(threat.hicpTopThreat()))
					.map(HicpTopThreat::title)
					.findFirst()
					.orElse(null) : null;
				views.add(new ThreatView(threat.key(), threat.title(), source, top));
			});
		}
		return views;
	}

	String snapshot(List<RiskDetails> register) {
		return this.json.writeValueAsString(register);
	}

	List<RiskDetails> readSnapshot(String snapshot) {
		return this.json.readValue(snapshot, SNAPSHOT);
	}

	/** Member names by id; people who left keep a neutral label. */
	record Names(Map<UUID, String> byId, Map<UUID, String> roles) implements Function<UUID, String> {

		@Override
		public String apply(UUID id) {
			return this.byId.getOrDefault(id, "Former member");
		}

		/** The member's role today, marked as such; {@code null} for a former member. */
		@Nullable String roleToday(UUID id) {
			String role = this.roles.get(id);
			return (role != null) ? role + " (role today)" : null;
		}

	}

}
