package dev.bulwark.contingency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.bulwark.inventory.InventorySystem;

/**
 * Where each system stands, in plain Java: the backup checks of {@link BackupRules}, the
 * restore test falling due (quarterly by default: RECOMMENDED), and the criticality
 * analysis's objectives against what was measured, with the proposed rule's 72-hour
 * restore target.
 */
final class ContingencyRules {

	/** The proposed rule's restore target; not law. */
	static final Duration PROPOSED_RESTORE_TARGET = Duration.ofHours(72);

	private ContingencyRules() {
	}

	/**
	 * The status of every system that holds ePHI or has a backup copy or a place in the
	 * criticality analysis, in restore order (ranked systems first, by priority, then by
	 * name).
	 * @param tests the newest restore test of each system and outcome (older ones may be
	 * there too)
	 */
	static List<SystemStatus> statuses(List<InventorySystem> systems, List<BackupDetails> backups,
			List<RestoreTestDetails> tests, Map<UUID, CriticalityDetails> criticality, Instant now, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		Map<UUID, List<BackupDetails>> copies = backups.stream().collect(Collectors.groupingBy(BackupDetails::assetId));
		Map<UUID, List<RestoreTestDetails>> testsBySystem = tests.stream()
			.collect(Collectors.groupingBy(RestoreTestDetails::assetId));
		List<SystemStatus> statuses = new ArrayList<>();
		for (InventorySystem system : systems) {
			List<BackupDetails> own = copies.getOrDefault(system.id(), List.of());
			CriticalityDetails rank = criticality.get(system.id());
			if (!system.ephi() && own.isEmpty() && rank == null) {
				continue;
			}
			List<RestoreTestDetails> ownTests = testsBySystem.getOrDefault(system.id(), List.of());
			statuses.add(status(system, own, ownTests, rank, now, zone, today));
		}
		statuses.sort(Comparator
			.comparing((SystemStatus s) -> (s.criticality() != null) ? s.criticality().priority() : Integer.MAX_VALUE)
			.thenComparing((s) -> s.system().name().toLowerCase(java.util.Locale.ROOT))
			.thenComparing((s) -> s.system().id()));
		return statuses;
	}

	static SystemStatus status(InventorySystem system, List<BackupDetails> copies, List<RestoreTestDetails> tests,
			CriticalityDetails criticality, Instant now, ZoneId zone, LocalDate today) {
		Comparator<RestoreTestDetails> newestFirst = Comparator.comparing(RestoreTestDetails::performedOn);
		RestoreTestDetails lastTest = tests.stream().max(newestFirst).orElse(null);
		RestoreTestDetails lastSuccess = tests.stream()
			.filter(RestoreTestDetails::succeeded)
			.max(newestFirst)
			.orElse(null);
		int months = (criticality != null) ? criticality.testEveryMonths() : CriticalityDetails.DEFAULT_TEST_MONTHS;
		LocalDate dueOn = null;
		if (!copies.isEmpty()) {
			dueOn = (lastSuccess != null) ? lastSuccess.performedOn().plusMonths(months)
					: copies.stream()
						.map((copy) -> LocalDate.ofInstant(copy.createdAt(), zone))
						.min(LocalDate::compareTo)
						.orElseThrow();
		}
		boolean overdue = dueOn != null && ((lastSuccess == null) ? !today.isBefore(dueOn) : today.isAfter(dueOn));
		List<String> problems = new ArrayList<>();
		Boolean over72 = null;
		if (lastSuccess != null) {
			over72 = Duration.ofMinutes(lastSuccess.durationMinutes()).compareTo(PROPOSED_RESTORE_TARGET) > 0;
		}
		if (criticality != null) {
			if (lastSuccess != null && lastSuccess.durationMinutes() > criticality.rtoHours() * 60L) {
				problems.add("The last successful test restore took " + lastSuccess.duration()
						+ "; the recovery time objective is " + criticality.rtoHours() + " h.");
			}
			Integer best = copies.stream()
				.map((copy) -> copy.frequency().hours())
				.filter(Objects::nonNull)
				.min(Integer::compareTo)
				.orElse(null);
			if (!copies.isEmpty() && best == null) {
				problems.add("No copy runs on a schedule; the recovery point objective is " + criticality.rpoHours()
						+ " h.");
			}
			else if (best != null && best > criticality.rpoHours()) {
				problems.add("Backups run every " + best + " h at best; the recovery point objective is "
						+ criticality.rpoHours() + " h.");
			}
		}
		return new SystemStatus(system, copies, BackupRules.threeTwoOne(copies), BackupRules.age(copies, now), lastTest,
				lastSuccess, months, dueOn, overdue, criticality, problems, over72);
	}

}
