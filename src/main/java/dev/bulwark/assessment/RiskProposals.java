package dev.bulwark.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.Question;

/**
 * Keeps the proposed risks of an assessment in line with its answers.
 * <ul>
 * <li>Each vulnerability named by a question with a weak answer (partly, no, don't know)
 * is proposed once per assessment, however many questions point to it; the risk links
 * back to every question that raised it.</li>
 * <li>A proposal that was withdrawn automatically comes back when a linked answer turns
 * weak again.</li>
 * <li>When no linked answer is weak any more, a proposal nobody has edited is withdrawn.
 * Risks a person edited, confirmed or accepted are never withdrawn or deleted by
 * answers.</li>
 * <li>A weakness already in the register from an inventory (or other register's) gap
 * takes the answers that raise it as further sources: one risk, not two. Such risks are
 * never withdrawn by answers: their gap decides.</li>
 * </ul>
 */
final class RiskProposals {

	private RiskProposals() {
	}

	/**
	 * What to change.
	 *
	 * @param create vulnerabilities to propose as new risks, with the questions that
	 * raise them
	 * @param link new question links for existing risks
	 * @param repropose automatically withdrawn risks to propose again
	 * @param withdraw untouched proposals no answer supports any more
	 */
	record Plan(Map<String, Set<String>> create, Map<UUID, Set<String>> link, Set<UUID> repropose, Set<UUID> withdraw) {

		boolean isEmpty() {
			return this.create.isEmpty() && this.link.isEmpty() && this.repropose.isEmpty() && this.withdraw.isEmpty();
		}

	}

	static Plan plan(Catalog catalog, List<AnswerView> answers, List<RiskRecord> existing) {
		Map<String, Set<String>> wanted = new LinkedHashMap<>();
		for (AnswerView answer : answers) {
			if (!answer.weak()) {
				continue;
			}
			Optional<Question> question = catalog.question(answer.questionKey());
			question.ifPresent((q) -> q.vulnerabilities()
				.forEach((vulnerability) -> wanted.computeIfAbsent(vulnerability, (k) -> new LinkedHashSet<>())
					.add(q.key())));
		}
		Map<String, RiskRecord> byVulnerability = new LinkedHashMap<>();
		existing.stream()
			// A current risk from a gap of the same weakness takes the answers too: one
			// risk,
			// both sources.
			.filter((risk) -> risk.vulnerabilityKey() != null
					&& ((risk.source() != RiskSource.INVENTORY && risk.source() != RiskSource.GAP)
							|| risk.status().current()))
			// Prefer the questionnaire's own proposal when a hand-made risk names the
			// same vulnerability.
			.sorted(Comparator.comparing((RiskRecord risk) -> risk.source() != RiskSource.QUESTIONNAIRE))
			.forEach((risk) -> byVulnerability.putIfAbsent(risk.vulnerabilityKey(), risk));

		Map<String, Set<String>> create = new LinkedHashMap<>();
		Map<UUID, Set<String>> link = new LinkedHashMap<>();
		Set<UUID> repropose = new LinkedHashSet<>();
		wanted.forEach((vulnerability, questions) -> {
			RiskRecord risk = byVulnerability.get(vulnerability);
			if (risk == null) {
				create.put(vulnerability, questions);
				return;
			}
			Set<String> missing = new LinkedHashSet<>(questions);
			missing.removeAll(risk.questionKeys());
			if (!missing.isEmpty()) {
				link.put(risk.id(), missing);
			}
			if (risk.status() == RiskStatus.WITHDRAWN && !risk.edited()) {
				repropose.add(risk.id());
			}
		});
		Set<UUID> withdraw = new LinkedHashSet<>();
		for (RiskRecord risk : existing) {
			if (risk.source() == RiskSource.QUESTIONNAIRE && risk.status() == RiskStatus.PROPOSED && !risk.edited()
					&& risk.sourceKey() == null && !wanted.containsKey(risk.vulnerabilityKey())) {
				withdraw.add(risk.id());
			}
		}
		return new Plan(create, link, repropose, withdraw);
	}

	/**
	 * Whether every question that raised a risk is now answered well, so the person who
	 * owns it may consider closing it.
	 */
	static boolean answersNoLongerSupport(RiskRecord risk, Map<String, AnswerView> answers) {
		if (risk.questionKeys().isEmpty()) {
			return false;
		}
		List<AnswerView> linked = new ArrayList<>();
		risk.questionKeys().forEach((key) -> {
			AnswerView answer = answers.get(key);
			if (answer != null) {
				linked.add(answer);
			}
		});
		return !linked.isEmpty() && linked.stream().noneMatch(AnswerView::weak)
				&& linked.stream().allMatch(AnswerView::answered);
	}

	/**
	 * The safeguards a new proposal starts with: the questions answered "yes" that bear
	 * on its weakness (they name it, or cite one of its requirements), one per line, at
	 * most five. The practice reviews and edits them; {@code null} when there are none.
	 */
	static @org.jspecify.annotations.Nullable String existingControls(Catalog catalog,
			dev.bulwark.catalog.Vulnerability vulnerability, List<AnswerView> answers) {
		List<String> lines = new ArrayList<>();
		for (AnswerView answer : answers) {
			if (answer.effectiveAnswer() != AnswerValue.YES || lines.size() == 5) {
				continue;
			}
			boolean bears = catalog.question(answer.questionKey())
				.map((q) -> q.vulnerabilities().contains(vulnerability.key())
						|| q.citations().stream().anyMatch(vulnerability.citations()::contains))
				.orElse(false);
			if (bears) {
				lines.add("Answered yes: " + answer.questionKey() + " " + answer.text());
			}
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

}
