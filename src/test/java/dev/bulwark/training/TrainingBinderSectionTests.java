package dev.bulwark.training;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binder's training CSVs: one line per record, one row per person, formulas defused.
 */
class TrainingBinderSectionTests {

	@Test
	void recordsAndMatrixAreCsvWithFormulasDefused() {
		UUID id = UUID.randomUUID();
		Attempt record = new Attempt(id, UUID.randomUUID(), "=Mallory", "phishing", "Phishing and social engineering",
				1, 5, 6, 83, 80, true, List.of(0, 1, 2, 0, 1, 0), LocalDate.of(2025, 3, 10), Instant.EPOCH);
		String records = new String(TrainingBinderSection.recordsCsv(List.of(record)), StandardCharsets.UTF_8);
		assertThat(records.lines()).containsExactly(
				"person,module,module_version,completed_on,score_percent,correct,questions,pass_mark_percent,record_id",
				"'=Mallory,Phishing and social engineering,1,2025-03-10,83,5,6,80," + id);
		CompletionMatrix matrix = new CompletionMatrix(
				List.of(new CompletionMatrix.ModuleColumn("phishing", "Phishing"),
						new CompletionMatrix.ModuleColumn("incidents", "Incidents")),
				List.of(new CompletionMatrix.Row(UUID.randomUUID(), "Sam Staff", "Staff",
						List.of(new CompletionMatrix.Cell("phishing", CompletionMatrix.Status.PASSED,
								LocalDate.of(2025, 3, 10), 83, LocalDate.of(2026, 3, 10)),
								new CompletionMatrix.Cell("incidents", CompletionMatrix.Status.OVERDUE, null, null,
										LocalDate.of(2025, 4, 1))))));
		assertThat(new String(TrainingBinderSection.matrixCsv(matrix), StandardCharsets.UTF_8).lines()).containsExactly(
				"person,role,Phishing,Incidents",
				"Sam Staff,Staff,\"Passed 2025-03-10 (83%), next due 2026-03-10\",Overdue since 2025-04-01");
		assertThat(matrix.passedCells()).isEqualTo(1);
		assertThat(matrix.cells()).isEqualTo(2);
	}

	@Test
	void outsideTrainingRemindersAndPhishingAreCsvWithFormulasDefused() {
		UUID id = UUID.randomUUID();
		OutsideTraining outside = new OutsideTraining(id, null, "=Sam Volunteer", "HIPAA basics", "+Society",
				LocalDate.of(2025, 2, 1), new java.math.BigDecimal("1.5"), null, Instant.EPOCH);
		assertThat(new String(TrainingBinderSection.outsideCsv(List.of(outside)), StandardCharsets.UTF_8).lines())
			.containsExactly("person,course,provider,completed_on,hours,record_id",
					"'=Sam Volunteer,HIPAA basics,'+Society,2025-02-01,1.5," + id);
		ReminderSending sending = new ReminderSending(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2025, 3, 1),
				Instant.parse("2025-03-01T06:10:00Z"), "Lock screens",
				List.of(new ReminderSending.Recipient(UUID.randomUUID(), "Pat Officer", true),
						new ReminderSending.Recipient(UUID.randomUUID(), "Sam Staff", false)));
		assertThat(new String(TrainingBinderSection.remindersCsv(List.of(sending)), StandardCharsets.UTF_8).lines())
			.containsExactly("due_on,sent_at,subject,person,accepted_by_mail_server",
					"2025-03-01,2025-03-01T06:10:00Z,Lock screens,Pat Officer,yes",
					"2025-03-01,2025-03-01T06:10:00Z,Lock screens,Sam Staff,no");
		PhishingResult result = new PhishingResult(UUID.randomUUID(), LocalDate.of(2025, 4, 1), "Parcel", 20, 5, 4,
				null, Instant.EPOCH);
		assertThat(new String(TrainingBinderSection.phishingCsv(List.of(result)), StandardCharsets.UTF_8).lines())
			.containsExactly("run_on,campaign,sent,clicked,reported,click_rate_percent,report_rate_percent",
					"2025-04-01,Parcel,20,5,4,25.0,20.0");
	}

}
