package dev.bulwark.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.ProfileField;
import dev.bulwark.catalog.Question;
import dev.bulwark.catalog.Section;

/**
 * Applies the practice profile to the catalog's questionnaire: which questions are asked,
 * which the profile rules out (with the reason), and how far each section is.
 * Proposed-rule questions are left out entirely unless the practice is in NPRM-ready
 * mode.
 */
final class Questionnaire {

	private Questionnaire() {
	}

	/**
	 * The questions shown in an assessment, in catalog order, with their answers.
	 * @param profile typed profile values (see {@link #typedProfile})
	 * @param rows stored answers by question key
	 * @param names member names by user id
	 * @param hasPrevious whether the assessment was carried over from an earlier one
	 */
	static List<AnswerView> views(Catalog catalog, Map<String, ?> profile, boolean nprmMode,
			Map<String, AnswerRow> rows, Function<UUID, String> names, boolean hasPrevious) {
		List<AnswerView> views = new ArrayList<>();
		for (Question question : catalog.questions()) {
			if (question.proposed() && !nprmMode) {
				continue;
			}
			AnswerRow row = rows.getOrDefault(question.key(), AnswerRow.empty(question.key()));
			String profileReason = question.notApplicableReason(profile).orElse(null);
			boolean changed = hasPrevious && row.answer() != null && !row.carriedOver()
					&& !Objects.equals(row.answer(), row.previousAnswer());
			views.add(new AnswerView(question.key(), question.section(), question.text(), question.citations(),
					question.proposed(), Permissions.technical(question), profileReason, row.answer(),
					row.notApplicableReason(), row.notes(), row.evidence(), row.flagged(), row.assigneeId(),
					(row.assigneeId() != null) ? names.apply(row.assigneeId()) : null, row.previousAnswer(),
					row.carriedOver(), changed, row.answeredAt(),
					(row.answeredBy() != null) ? names.apply(row.answeredBy()) : null,
					(row.answeredBy() != null) ? row.answeredRole() : null));
		}
		return views;
	}

	/** Progress of each section, in catalog order. */
	static List<SectionProgress> progress(List<Section> sections, List<AnswerView> answers) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		sections.forEach((section) -> counts.put(section.key(), new int[6]));
		for (AnswerView answer : answers) {
			int[] c = counts.get(answer.sectionKey());
			if (c == null) {
				continue;
			}
			if (answer.asked()) {
				c[0]++;
				if (answer.answered()) {
					c[1]++;
				}
			}
			AnswerValue value = answer.effectiveAnswer();
			if (value == AnswerValue.YES) {
				c[2]++;
			}
			else if (value != null && value.weak()) {
				c[3]++;
			}
			else if (value == AnswerValue.NOT_APPLICABLE) {
				c[4]++;
			}
			if (answer.flagged()) {
				c[5]++;
			}
		}
		return sections.stream().map((section) -> {
			int[] c = counts.get(section.key());
			return new SectionProgress(section.key(), section.title(), section.description(), c[0], c[1], c[2], c[3],
					c[4], c[5]);
		}).toList();
	}

	/**
	 * Profile values as the catalog's applicability conditions expect them: Boolean for
	 * yes/no fields, a number for counts, the choice's value otherwise. Unknown keys and
	 * unreadable values are left out, so they never rule a question out.
	 */
	static Map<String, Object> typedProfile(List<ProfileField> fields, Map<String, String> stored) {
		Map<String, Object> typed = new LinkedHashMap<>();
		for (ProfileField field : fields) {
			String value = stored.get(field.key());
			if (value == null || value.isBlank()) {
				continue;
			}
			switch (field.type()) {
				case BOOLEAN -> {
					if ("true".equals(value) || "false".equals(value)) {
						typed.put(field.key(), Boolean.valueOf(value));
					}
				}
				case NUMBER -> {
					try {
						typed.put(field.key(), new BigDecimal(value.trim()));
					}
					catch (NumberFormatException ex) {
						// Left out: an unreadable count never rules a question out.
					}
				}
				case CHOICE -> {
					if (field.choices().stream().anyMatch((choice) -> choice.value().equals(value))) {
						typed.put(field.key(), value);
					}
				}
			}
		}
		return typed;
	}

	/**
	 * Checks and normalises profile input: yes/no as {@code true}/{@code false}, counts
	 * as whole numbers from 1 to 100,000, choices among the field's values. Empty values
	 * are dropped (the field stays unanswered).
	 * @throws InvalidInputException naming the field {@code values[key]} at fault
	 */
	static Map<String, String> normalizeProfile(List<ProfileField> fields, Map<String, String> input) {
		Map<String, String> normalized = new LinkedHashMap<>();
		for (ProfileField field : fields) {
			String raw = input.get(field.key());
			if (raw == null || raw.isBlank()) {
				continue;
			}
			String value = raw.trim();
			String property = "values[" + field.key() + "]";
			switch (field.type()) {
				case BOOLEAN -> {
					if (!"true".equals(value) && !"false".equals(value)) {
						throw InvalidInputException.of(property, "Choose yes or no.");
					}
				}
				case NUMBER -> {
					try {
						int number = Integer.parseInt(value);
						if (number < 1 || number > 100_000) {
							throw new NumberFormatException();
						}
						value = Integer.toString(number);
					}
					catch (NumberFormatException ex) {
						throw InvalidInputException.of(property, "Enter a whole number, for example 6.");
					}
				}
				case CHOICE -> {
					String candidate = value;
					if (field.choices().stream().noneMatch((choice) -> choice.value().equals(candidate))) {
						throw InvalidInputException.of(property, "Choose one of the options.");
					}
				}
			}
			normalized.put(field.key(), value);
		}
		return normalized;
	}

}
