package dev.bulwark.contingency;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the contingency plan as Markdown from the registers: emergency contacts, the
 * data backup plan (register, 3-2-1 check, steps), the disaster recovery plan (restore
 * order from the criticality analysis, objectives, steps), the emergency mode operation
 * plan and testing and revision. Figures of the proposed rule appear only in NPRM-ready
 * mode and are labelled as proposed. Plain Java; the text is the project's own.
 */
final class PlanWriter {

	/** Exercises listed under testing and revision. */
	static final int EXERCISES_SHOWN = 10;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private PlanWriter() {
	}

	static String markdown(String practiceName, List<SystemStatus> statuses, List<BackupDetails> backups,
			List<ContactDetails> contacts, List<StepDetails> steps, List<ExerciseDetails> exercises, boolean nprm,
			ZoneId zone) {
		StringBuilder md = new StringBuilder();
		md.append("## Purpose\n\n")
			.append("This plan says how ")
			.append(text(practiceName))
			.append(" keeps copies of its electronic patient information, restores its systems after an emergency ")
			.append("(fire, flood, ransomware, a failed server) and keeps caring for patients and protecting their ")
			.append("information while systems are down (45 CFR 164.308(a)(7)). It is written from the practice's ")
			.append("backup register, restore tests, criticality analysis, emergency contacts and step lists; when ")
			.append("those change, the plan is generated again as a new version.\n\n")
			.append("Keep a printed copy of the version in effect away from the office, with the emergency contacts.\n\n");

		md.append("## 1. Emergency contacts\n\n");
		if (contacts.isEmpty()) {
			md.append("No emergency contacts are recorded yet.\n\n");
		}
		else {
			md.append("| Name | In an emergency | Phone | E-mail |\n|---|---|---|---|\n");
			for (ContactDetails contact : contacts) {
				md.append("| ")
					.append(cell(contact.name()))
					.append(" | ")
					.append(cell(contact.responsibility()))
					.append(" | ")
					.append(cell(contact.phone()))
					.append(" | ")
					.append(cell(contact.email()))
					.append(" |\n");
			}
			md.append('\n');
		}

		md.append("## 2. ").append(PlanPart.DATA_BACKUP.label()).append(" (164.308(a)(7)(ii)(A))\n\n");
		md.append("Exact copies of electronic patient information are made and kept as listed here.\n\n");
		if (backups.isEmpty()) {
			md.append("No backup copies are recorded yet.\n\n");
		}
		else {
			md.append("| System | What is copied | How often | Where | Stored on | Encrypted | Offline or immutable | "
					+ "Kept for | Last success |\n|---|---|---|---|---|---|---|---|---|\n");
			for (BackupDetails backup : backups) {
				md.append("| ")
					.append(cell(backup.systemName()))
					.append(" | ")
					.append(cell(backup.what()))
					.append(" | ")
					.append(backup.frequency().label())
					.append(" | ")
					.append(backup.location().label())
					.append(" | ")
					.append(backup.media().label())
					.append(" | ")
					.append(backup.encrypted().label())
					.append(" | ")
					.append(backup.immutable().label())
					.append(" | ")
					.append(cell(backup.retention()))
					.append(" | ")
					.append(time(backup.lastSucceededAt(), zone))
					.append(" |\n");
			}
			md.append('\n');
		}
		md.append("### 3-2-1 check (a recommendation, not a requirement of the rule)\n\n")
			.append("Three copies of the data (the live data counts), on two different kinds of storage, one of them ")
			.append("away from the office.\n\n");
		List<SystemStatus> backedUp = statuses.stream().filter(SystemStatus::backedUp).toList();
		if (backedUp.isEmpty()) {
			md.append("No system has a backup copy recorded yet.\n\n");
		}
		for (SystemStatus status : backedUp) {
			md.append("- ").append(text(status.system().name())).append(": ");
			md.append(status.threeTwoOne().passes() ? "passes."
					: "does not pass. " + String.join(" ", status.threeTwoOne().failures()));
			md.append('\n');
		}
		md.append('\n');
		if (nprm) {
			md.append("### Backup age (proposed rule, not in force)\n\n")
				.append("The 2025 proposed rule would require backups of electronic patient information to be no more ")
				.append("than 48 hours old. This practice has chosen to prepare for it.\n\n");
			for (SystemStatus status : backedUp) {
				md.append("- ")
					.append(text(status.system().name()))
					.append(": ")
					.append(status.age().passes() ? "newest backup " + status.age().hours() + " hours old."
							: status.age().failure())
					.append('\n');
			}
			md.append('\n');
		}
		steps(md, steps, PlanPart.DATA_BACKUP);

		md.append("## 3. ").append(PlanPart.DISASTER_RECOVERY.label()).append(" (164.308(a)(7)(ii)(B))\n\n");
		md.append("### Restore order (criticality analysis, 164.308(a)(7)(ii)(E))\n\n");
		List<SystemStatus> ranked = statuses.stream().filter((s) -> s.criticality() != null).toList();
		if (ranked.isEmpty()) {
			md.append("No system is ranked yet.\n\n");
		}
		else {
			md.append("| Order | System | Recovery time objective | Recovery point objective | Last successful "
					+ "test restore | Time it took |\n|---|---|---|---|---|---|\n");
			for (SystemStatus status : ranked) {
				md.append("| ")
					.append(status.criticality().priority())
					.append(" | ")
					.append(cell(status.system().name()))
					.append(" | ")
					.append(status.criticality().rtoHours())
					.append(" h | ")
					.append(status.criticality().rpoHours())
					.append(" h | ")
					.append((status.lastSuccess() != null) ? status.lastSuccess().performedOn().toString() : "none")
					.append(" | ")
					.append((status.lastSuccess() != null) ? status.lastSuccess().duration() : "not measured")
					.append(" |\n");
			}
			md.append('\n');
			for (SystemStatus status : ranked) {
				for (String problem : status.objectiveProblems()) {
					md.append("- ").append(text(status.system().name())).append(": ").append(problem).append('\n');
				}
			}
			md.append('\n');
		}
		if (nprm) {
			md.append("The 2025 proposed rule (not in force) would require written procedures to restore relevant ")
				.append("systems and data within 72 hours, in the order of the criticality analysis.");
			List<String> over = statuses.stream()
				.filter((s) -> Boolean.TRUE.equals(s.over72Hours()))
				.map((s) -> text(s.system().name()))
				.toList();
			md.append(over.isEmpty() ? " No measured restore took longer.\n\n"
					: " Measured restores took longer for: " + String.join(", ", over) + ".\n\n");
		}
		steps(md, steps, PlanPart.DISASTER_RECOVERY);

		md.append("## 4. ").append(PlanPart.EMERGENCY_MODE.label()).append(" (164.308(a)(7)(ii)(C))\n\n");
		md.append(
				"How the practice keeps working, and keeps patient information protected, while systems are down.\n\n");
		steps(md, steps, PlanPart.EMERGENCY_MODE);

		md.append("## 5. Testing and revision (164.308(a)(7)(ii)(D))\n\n")
			.append("Backups are test-restored on the schedule set per system in the criticality analysis (every three ")
			.append("months unless set otherwise; a recommendation, the rule sets no interval), and this plan is ")
			.append("tested, for example in a tabletop exercise, and revised afterwards.\n\n");
		if (exercises.isEmpty()) {
			md.append("No test of the plan is recorded yet.\n");
		}
		else {
			md.append("| Date | Test | Scenario | Follow-up |\n|---|---|---|---|\n");
			for (ExerciseDetails exercise : exercises) {
				md.append("| ")
					.append(exercise.heldOn())
					.append(" | ")
					.append(exercise.kind().label())
					.append(" | ")
					.append(cell(exercise.scenario()))
					.append(" | ")
					.append((exercise.followUp() == null) ? "none"
							: (exercise.followUpDoneOn() != null) ? "done " + exercise.followUpDoneOn()
									: "due " + exercise.followUpDueOn())
					.append(" |\n");
			}
		}
		return md.toString();
	}

	private static void steps(StringBuilder md, List<StepDetails> steps, PlanPart part) {
		md.append("### Steps\n\n");
		List<StepDetails> own = steps.stream().filter((s) -> s.part() == part).toList();
		if (own.isEmpty()) {
			md.append("No steps are written yet.\n\n");
			return;
		}
		int number = 1;
		for (StepDetails step : own) {
			md.append(number++).append(". ").append(text(step.text())).append('\n');
		}
		md.append('\n');
	}

	private static String time(Instant instant, ZoneId zone) {
		return (instant != null) ? MINUTE.format(instant.atZone(zone)) : "not known";
	}

	/** Free text on one line. */
	static String text(String value) {
		return (value == null) ? "" : value.replaceAll("\\s+", " ").strip();
	}

	/** Free text in a table cell: one line, pipes escaped. */
	static String cell(String value) {
		return text(value).replace("|", "\\|");
	}

}
