package dev.bulwark.contingency;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.evidence.EvidenceFile;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.SpreadsheetCells;

import org.springframework.stereotype.Component;

/**
 * The contingency part of the audit binder: the backup register with each system's 3-2-1
 * result, the restore tests of the last six years, and the criticality analysis with the
 * measured restore times, as CSV, and the current version of each restore test's evidence
 * from the evidence store. The plan itself is a controlled document and is printed with
 * the policies.
 */
@Component
class ContingencyBinder implements BinderSection {

	/** Restore tests of this many years go into the binder: the retention period. */
	static final int YEARS = 6;

	private final Contingency contingency;

	private final EvidenceStore evidence;

	ContingencyBinder(Contingency contingency, EvidenceStore evidence) {
		this.contingency = contingency;
		this.evidence = evidence;
	}

	@Override
	public String folder() {
		return "07-contingency";
	}

	@Override
	public String title() {
		return "Contingency planning: backups, restore tests and criticality";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		if (!actor.can(Permission.CONTINGENCY_READ)) {
			return List.of();
		}
		ZoneId zone = this.contingency.zone(practiceId);
		List<SystemStatus> statuses = this.contingency.statuses(practiceId);
		LocalDate today = LocalDate.ofInstant(this.contingency.now(), zone);
		List<RestoreTestDetails> tests = this.contingency.restoreTestsSince(practiceId, today.minusYears(YEARS));
		List<Document> documents = new java.util.ArrayList<>(List.of(
				new Document("backup-register.csv",
						"Every backup copy of every system, with the system's 3-2-1 check (recommended)", "text/csv",
						backups(this.contingency.allBackups(practiceId), statuses, zone)),
				new Document("restore-tests.csv", "Restore tests of the last " + YEARS + " years, oldest first",
						"text/csv", restoreTests(tests)),
				new Document("criticality.csv",
						"Systems in restore order with recovery objectives and the measured restore times", "text/csv",
						criticality(statuses))));
		// The evidence of each restore test (a report, a screenshot), current version.
		for (RestoreTestDetails test : tests) {
			for (EvidenceFile file : this.evidence.currentFiles(practiceId,
					EvidenceOwner.of("restore-test", test.id()))) {
				documents.add(new Document(
						"restore-test-" + test.performedOn() + "-" + test.systemName() + "-" + file.fileName(),
						"Evidence of the restore test of " + test.systemName() + " on " + test.performedOn()
								+ " (version " + file.version() + ", SHA-256 " + file.sha256() + ")",
						file.contentType(), file.content()));
			}
		}
		return documents;
	}

	static byte[] backups(List<BackupDetails> backups, List<SystemStatus> statuses, ZoneId zone) {
		DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		return csv((csv) -> {
			csv.writeRecord("system", "what", "frequency", "location", "media", "encrypted", "offline_or_immutable",
					"retention", "last_succeeded_at", "system_3_2_1_recommended");
			for (BackupDetails b : backups) {
				String rule = statuses.stream()
					.filter((s) -> s.system().id().equals(b.assetId()))
					.findFirst()
					.map((s) -> s.threeTwoOne().passes() ? "passes"
							: "fails: " + String.join(" ", s.threeTwoOne().failures()))
					.orElse("");
				csv.writeRecord(cell(b.systemName()), cell(b.what()), b.frequency().label(), b.location().label(),
						b.media().label(), b.encrypted().label(), b.immutable().label(), cell(b.retention()),
						(b.lastSucceededAt() != null) ? minute.format(b.lastSucceededAt().atZone(zone)) : "",
						cell(rule));
			}
		});
	}

	static byte[] restoreTests(List<RestoreTestDetails> tests) {
		return csv((csv) -> {
			csv.writeRecord("performed_on", "system", "what", "duration_minutes", "outcome", "performed_by", "notes");
			for (RestoreTestDetails t : tests) {
				csv.writeRecord(t.performedOn().toString(), cell(t.systemName()), cell(t.what()),
						String.valueOf(t.durationMinutes()), t.succeeded() ? "succeeded" : "failed",
						cell(t.performedBy()), cell(t.notes()));
			}
		});
	}

	static byte[] criticality(List<SystemStatus> statuses) {
		return csv((csv) -> {
			csv.writeRecord("restore_order", "system", "ephi", "rto_hours", "rpo_hours", "test_every_months",
					"last_successful_restore", "measured_minutes", "objective_problems", "over_72_hours_proposed_rule");
			for (SystemStatus s : statuses) {
				CriticalityDetails c = s.criticality();
				csv.writeRecord((c != null) ? String.valueOf(c.priority()) : "", cell(s.system().name()),
						s.ephi() ? "yes" : "no", (c != null) ? String.valueOf(c.rtoHours()) : "",
						(c != null) ? String.valueOf(c.rpoHours()) : "", String.valueOf(s.testEveryMonths()),
						(s.lastSuccess() != null) ? s.lastSuccess().performedOn().toString() : "",
						(s.lastSuccess() != null) ? String.valueOf(s.lastSuccess().durationMinutes()) : "",
						cell(String.join(" ", s.objectiveProblems())),
						(s.over72Hours() == null) ? "" : (s.over72Hours() ? "yes" : "no"));
			}
		});
	}

	private static String cell(String value) {
		return SpreadsheetCells.export(value);
	}

	private static byte[] csv(java.util.function.Consumer<CsvWriter> rows) {
		StringWriter out = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder().build(out)) {
			rows.accept(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
