package dev.bulwark.assessment;

import java.util.List;
import java.util.Map;

import dev.bulwark.catalog.Question;
import org.jspecify.annotations.Nullable;

/**
 * A question as the questionnaire page shows it: the catalog's question with its
 * explanation, the practice's answer, whether the person may answer it, the form values
 * and errors, and the risks a weak answer proposes. One form per question (each saved on
 * its own, by htmx or a plain post), so its fields are bound from this record rather than
 * a page-wide form object.
 *
 * @param form the values in the form (the stored answer, or what was just submitted)
 * @param errors messages by form field
 * @param riskTitles titles of the risks a weak answer proposes
 * @param message a confirmation to show, e.g. after saving
 * @param problem why the answer could not be saved when no field is at fault (the
 * assessment was signed off meanwhile), shown on the question
 */
record QuestionItem(Question question, AnswerView answer, boolean canAnswer, AnswerForm form,
		Map<String, String> errors, List<String> riskTitles, @Nullable String message, @Nullable String problem) {

	static AnswerForm formOf(AnswerView answer) {
		return new AnswerForm(answer.answer(), answer.notApplicableReason(), answer.notes(), answer.evidence(),
				answer.flagged());
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	public String key() {
		return this.question.key();
	}

}
