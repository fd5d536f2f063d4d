package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.catalog.Section;
import org.jspecify.annotations.Nullable;

/**
 * Where the practice stands according to its current assessment, for the dashboard.
 * <p>
 * A score is the share of good answers among the questions answered other than "not
 * applicable": <em>score = (yes + half of partly) / (yes + partly + no + don't know) x
 * 100</em>, rounded; {@code null} before the first such answer. The overall score uses
 * the same formula over every answered question (it is not an average of the areas, so a
 * large area weighs more).
 *
 * @param assessmentId the assessment under way, or else the latest
 * @param status its status in words
 * @param areas one score per section of the questionnaire (the safeguard areas)
 * @param overall the score over every section
 * @param unanswered questions asked and not answered yet
 * @param risksByLevel current risks (proposed, open, accepted) per level, lowest first
 * @param openRisks current risks not accepted, highest level first
 */
public record AssessmentPosture(UUID assessmentId, String title, String status, List<AreaScore> areas,
		@Nullable Integer overall, int unanswered, Map<String, Integer> risksByLevel, List<OpenRisk> openRisks) {

	/**
	 * One safeguard area: the counts behind its score.
	 *
	 * @param rated answers other than "not applicable"
	 */
	public record AreaScore(String key, String title, int yes, int partly, int rated, @Nullable Integer score) {

	}

	/**
	 * A risk still to treat.
	 *
	 * @param rank 0 for low up to 3 for critical
	 */
	public record OpenRisk(UUID id, String title, String level, int rank, @Nullable LocalDate dueDate,
			boolean overdue) {

		public String link() {
			return "/risks/" + this.id;
		}

	}

	static AssessmentPosture of(AssessmentRow row, List<Section> sections, List<AnswerView> answers,
			List<RiskDetails> register, LocalDate today) {
		List<AreaScore> areas = new ArrayList<>();
		int yes = 0;
		int partly = 0;
		int rated = 0;
		int unanswered = 0;
		for (Section section : sections) {
			int y = 0;
			int p = 0;
			int r = 0;
			for (AnswerView answer : answers) {
				if (!answer.sectionKey().equals(section.key()) || !answer.asked()) {
					continue;
				}
				AnswerValue value = answer.effectiveAnswer();
				if (value == null) {
					unanswered++;
					continue;
				}
				switch (value) {
					case YES -> {
						y++;
						r++;
					}
					case PARTLY -> {
						p++;
						r++;
					}
					case NO, DONT_KNOW -> r++;
					default -> {
					}
				}
			}
			areas.add(new AreaScore(section.key(), section.title(), y, p, r, score(y, p, r)));
			yes += y;
			partly += p;
			rated += r;
		}
		Map<String, Integer> byLevel = new LinkedHashMap<>();
		for (RiskLevel level : RiskLevel.values()) {
			byLevel.put(level.label(),
					(int) register.stream().filter(RiskDetails::current).filter((r) -> r.level() == level).count());
		}
		List<OpenRisk> open = register.stream()
			.filter(RiskDetails::current)
			.filter((r) -> r.status() != RiskStatus.ACCEPTED)
			.sorted(Comparator.comparing((RiskDetails r) -> r.level().ordinal()).reversed())
			.map((r) -> new OpenRisk(r.id(), r.title(), r.level().label(), r.level().ordinal(), r.dueDate(),
					r.overdueOn(today)))
			.toList();
		return new AssessmentPosture(row.id(), row.title(), row.status().label(), areas, score(yes, partly, rated),
				unanswered, byLevel, open);
	}

	static @Nullable Integer score(int yes, int partly, int rated) {
		return (rated == 0) ? null : (int) Math.round((yes + 0.5 * partly) * 100.0 / rated);
	}

}
