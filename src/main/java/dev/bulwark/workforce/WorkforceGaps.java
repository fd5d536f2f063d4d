package dev.bulwark.workforce;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.inventory.Inventory;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.GapsReported.Gap;
import dev.bulwark.shared.PracticeDayBegan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the access findings into the gaps the risk register hears about
 * ({@link GapsReported}, source {@value #SOURCE}): one gap per kind, naming the people
 * and systems. Reported after every change that can open or close one, in its
 * transaction, and when a practice's day begins (a departure recorded in advance takes
 * effect then).
 */
@Component
class WorkforceGaps {

	static final String SOURCE = "workforce";

	static final String OVERDUE_OFFBOARDING = "offboarding.overdue";

	/**
	 * At most this many subjects are named in a gap's detail; the findings page lists
	 * all.
	 */
	static final int NAMED_SUBJECTS = 10;

	private static final Map<String, String[]> WORDING = new LinkedHashMap<>();

	static {
		WORDING.put(AccessFindings.SHARED_LOGIN, new String[] { "A login is shared by more than one person",
				"%d logins are shared by more than one person" });
		WORDING.put(AccessFindings.NO_UNIQUE_ACCOUNT,
				new String[] { "Someone uses a system with patient information without an account of their own",
						"%d uses of systems with patient information without an account of one's own" });
		WORDING.put(AccessFindings.NO_MFA, new String[] {
				"An account on a system with patient information signs in without multi-factor authentication",
				"%d accounts on systems with patient information sign in without multi-factor authentication" });
		WORDING.put(AccessFindings.LEAVER_ACTIVE, new String[] { "An account of someone who has left is still enabled",
				"%d accounts of people who have left are still enabled" });
	}

	private final StaffRepository staff;

	private final AccountRepository accounts;

	private final Inventory inventory;

	private final StepRepository steps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkforceGaps(StaffRepository staff, AccountRepository accounts, Inventory inventory, StepRepository steps,
			ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.accounts = accounts;
		this.inventory = inventory;
		this.steps = steps;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		report(day.practiceId());
	}

	/**
	 * Publishes every open gap of the practice: the access findings, and the offboarding
	 * steps the daily tick found past their deadline (the escalation).
	 */
	void report(UUID practiceId) {
		List<Gap> gaps = new ArrayList<>(gaps(findings(practiceId)));
		overdueOffboarding(this.steps.open(practiceId), this.staff.all(practiceId)).ifPresent(gaps::add);
		this.events.publishEvent(new GapsReported(practiceId, SOURCE, gaps));
	}

	/**
	 * One gap for every open offboarding step flagged overdue, naming the people who
	 * left; none when no step is overdue.
	 */
	static java.util.Optional<Gap> overdueOffboarding(List<Offboarding.StepRow> open, List<StaffMember> staff) {
		List<Offboarding.StepRow> overdue = open.stream()
			.filter((row) -> row.doneAt() == null && row.overdueAt() != null)
			.toList();
		if (overdue.isEmpty()) {
			return java.util.Optional.empty();
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		staff.forEach((p) -> names.put(p.id(), p.name()));
		List<String> people = overdue.stream()
			.map((row) -> names.getOrDefault(row.personId(), "someone who left"))
			.distinct()
			.toList();
		String title = (overdue.size() == 1) ? "An offboarding step is past its deadline"
				: overdue.size() + " offboarding steps are past their deadline";
		String link = (people.size() == 1) ? "/staff/" + overdue.get(0).personId() + "/offboarding" : "/staff/findings";
		return java.util.Optional.of(new Gap(OVERDUE_OFFBOARDING, null, OffboardingService.CITATION, title,
				"Offboarding not finished for " + AccessFindings.and(people)
						+ ": access of people who left may still be open. Finish the checklist steps.",
				link));
	}

	/** The findings now, in the order they are reported. */
	List<AccessFinding> findings(UUID practiceId) {
		return AccessFindings.of(this.staff.all(practiceId), this.accounts.all(practiceId),
				this.accounts.allSystemUses(practiceId), this.inventory.systems(practiceId), this.clock.instant());
	}

	static List<Gap> gaps(List<AccessFinding> findings) {
		List<Gap> gaps = new ArrayList<>();
		WORDING.forEach((kind, words) -> {
			List<AccessFinding> ofKind = findings.stream().filter((f) -> f.kind().equals(kind)).toList();
			if (ofKind.isEmpty()) {
				return;
			}
			List<String> subjects = ofKind.stream().map(AccessFinding::subject).toList();
			String detail = (subjects.size() <= NAMED_SUBJECTS) ? String.join("; ", subjects)
					: String.join("; ", subjects.subList(0, NAMED_SUBJECTS)) + " and "
							+ (subjects.size() - NAMED_SUBJECTS) + " more";
			String title = (ofKind.size() == 1) ? words[0] : String.format(words[1], ofKind.size());
			gaps.add(new Gap(kind, null, ofKind.get(0).citation(), title,
					"Affected: " + detail + ". The staff findings page says what to do.", "/staff/findings"));
		});
		return gaps;
	}

}
