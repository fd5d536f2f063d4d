package dev.bulwark.assessment;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened to an assessment: each fact is also an entry in the audit trail (the
 * action names are stable: {@code assessment.created}, {@code assessment.answered}...).
 * Other modules may listen, e.g. to {@link AssessmentSignedOff} for the yearly
 * obligation.
 */
public sealed interface AssessmentEvent extends AuditableEvent permits AssessmentStarted, ProfileSaved, AnswerSaved,
		QuestionsAssigned, AddressableDecisionRecorded, AssessmentSubmitted, AssessmentReopened, AssessmentSignedOff,
		AssessmentViewed, AssessmentsCompared, ReportDownloaded, ScopeSaved {

}
