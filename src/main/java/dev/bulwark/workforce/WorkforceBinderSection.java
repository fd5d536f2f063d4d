package dev.bulwark.workforce;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.CsvTable;
import dev.bulwark.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * The workforce part of the audit binder ({@code 04-workforce}): the roster with
 * clearance checks, the accounts people hold, onboarding and offboarding records (who did
 * each step and when), access reviews line by line with their sign-off, and the sanction
 * records, as CSV. Sanctions are included only for someone who may read them (the
 * security officer): an auditor's export leaves them out.
 */
@Component
class WorkforceBinderSection implements BinderSection {

	private final StaffRepository staff;

	private final AccountRepository accounts;

	private final StepRepository steps;

	private final AccessReviewRepository reviews;

	private final SanctionRepository sanctions;

	private final Practices practices;

	WorkforceBinderSection(StaffRepository staff, AccountRepository accounts, StepRepository steps,
			AccessReviewRepository reviews, SanctionRepository sanctions, Practices practices) {
		this.staff = staff;
		this.accounts = accounts;
		this.steps = steps;
		this.reviews = reviews;
		this.sanctions = sanctions;
		this.practices = practices;
	}

	@Override
	public String folder() {
		return "04-workforce";
	}

	@Override
	public String title() {
		return "Workforce and access";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		List<StaffMember> people = this.staff.all(practiceId);
		if (people.isEmpty()) {
			return List.of();
		}
		Map<UUID, StaffMember> byId = people.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
		ZoneId zone = this.practices.zone(practiceId);
		boolean nprm = this.practices.get(practiceId).nprmMode();
		List<Document> documents = new ArrayList<>();
		documents.add(csv("staff.csv",
				"The roster: everyone under the practice's direct control, with start and end dates, supervisor "
						+ "and clearance checks (164.308(a)(3)(ii)(B))",
				roster(people)));
		documents.add(csv("accounts.csv",
				"Accounts each person holds in each system: user name, privilege, multi-factor sign-in, disabled on",
				accounts(this.accounts.all(practiceId))));
		documents.add(csv("onboarding.csv", "Onboarding checklist steps: who did each and when",
				onboarding(this.steps.all(practiceId, StepRepository.ONBOARDING), byId)));
		documents.add(csv("offboarding.csv",
				"Offboarding checklist steps of people who left (164.308(a)(3)(ii)(C)): deadline and its basis, "
						+ "overdue, who did each and when",
				offboarding(this.steps.all(practiceId, StepRepository.OFFBOARDING), byId, nprm, zone)));
		documents.add(csv("access-reviews.csv",
				"Access reviews line by line: the account, the decision, who decided, and the security officer's "
						+ "sign-off",
				reviews(this.reviews.list(practiceId, 0, Integer.MAX_VALUE), this.reviews.allLines(practiceId))));
		if (actor.can(Permission.SANCTIONS_READ)) {
			documents.add(csv("sanctions.csv",
					"Sanctions applied for not following security policies (164.308(a)(1)(ii)(C)); restricted",
					sanctions(this.sanctions.all(practiceId))));
		}
		return documents;
	}

	private static Document csv(String name, String description, CsvTable table) {
		return new Document(name, description, "text/csv", table.bytes());
	}

	static CsvTable roster(List<StaffMember> people) {
		CsvTable csv = CsvTable.of("person_id", "name", "job_role", "workforce_type", "started_on", "ended_on",
				"ended_at", "supervisor", "clearance_done", "clearance_on", "clearance_note");
		for (StaffMember p : people) {
			csv.row(p.id(), p.name(), p.jobRole(), p.workforceType().label(), p.startedOn(), p.endedOn(), p.endedAt(),
					p.supervisorName(), p.clearanceDone(), p.clearanceOn(), p.clearanceNote());
		}
		return csv;
	}

	static CsvTable accounts(List<SystemAccount> accounts) {
		CsvTable csv = CsvTable.of("account_id", "person", "system", "username", "privilege", "mfa", "disabled_on");
		for (SystemAccount a : accounts) {
			csv.row(a.id(), a.personName(), a.systemName(), a.username(), a.privilege().label(), a.mfa(),
					a.disabledOn());
		}
		return csv;
	}

	static CsvTable onboarding(List<Offboarding.StepRow> rows, Map<UUID, StaffMember> people) {
		CsvTable csv = CsvTable.of("person", "step", "done_at", "done_by");
		for (Offboarding.StepRow row : rows) {
			csv.row(name(people, row.personId()), row.title(), row.doneAt(), row.doneByName());
		}
		return csv;
	}

	static CsvTable offboarding(List<Offboarding.StepRow> rows, Map<UUID, StaffMember> people, boolean nprm,
			ZoneId zone) {
		CsvTable csv = CsvTable.of("person", "ended_at", "step", "due_on", "due_at", "basis", "overdue_since",
				"done_at", "done_by");
		for (Offboarding.StepRow row : rows) {
			StaffMember person = people.get(row.personId());
			if (person == null || person.endedAt() == null) {
				continue;
			}
			ChecklistStep step = Offboarding.view(row, person.endedAt(), person.endedOn(), nprm, zone);
			csv.row(person.name(), person.endedAt(), step.title(), step.dueOn(), step.dueAt(),
					step.proposed() ? "PROPOSED" : "RECOMMENDED", row.overdueAt(), row.doneAt(), row.doneByName());
		}
		return csv;
	}

	static CsvTable reviews(List<AccessReviewSummary> reviews, List<AccessReviewLine> lines) {
		Map<UUID, AccessReviewSummary> byId = reviews.stream()
			.collect(Collectors.toMap(AccessReviewSummary::id, Function.identity()));
		CsvTable csv = CsvTable.of("review_id", "started_at", "signed_off_on", "signed_off_by", "next_review_due",
				"person", "system", "username", "privilege", "mfa", "decision", "note", "decided_by", "decided_at");
		for (AccessReviewLine l : lines) {
			AccessReviewSummary r = byId.get(l.reviewId());
			if (r == null) {
				continue;
			}
			csv.row(r.id(), r.startedAt(), r.signedOffOn(), r.signedOffByName(), r.nextDueOn(), l.personName(),
					l.systemName(), l.username(), l.privilege().label(), l.mfa(),
					(l.decision() != null) ? l.decision().name() : null, l.note(), l.reviewedByName(), l.reviewedAt());
		}
		return csv;
	}

	static CsvTable sanctions(List<Sanction> sanctions) {
		CsvTable csv = CsvTable.of("sanction_id", "person", "occurred_on", "policy_violated", "what_happened",
				"sanction", "recorded_by", "recorded_at");
		for (Sanction s : sanctions) {
			csv.row(s.id(), s.personName(), s.occurredOn(), s.policyViolated(), s.whatHappened(), s.sanction(),
					s.recordedByName(), s.recordedAt());
		}
		return csv;
	}

	private static String name(Map<UUID, StaffMember> people, UUID id) {
		StaffMember person = people.get(id);
		return (person != null) ? person.name() : null;
	}

}
