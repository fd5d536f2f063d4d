package dev.bulwark.contingency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.bulwark.shared.InvalidInputException;

/**
 * The checks of a system's backup copies, in plain Java.
 * <ul>
 * <li><strong>3-2-1</strong> (RECOMMENDED, good practice; the rule in force sets no
 * number): three copies of the data, counting the live data; on two different media, the
 * live data's own storage being one (a copy on another disk of the same computer is that
 * same medium); one copy away from the office (off site or in the cloud).</li>
 * <li><strong>48 hours</strong> (PROPOSED by the 2025 proposed rule, not in force): the
 * newest successful copy is at most 48 elapsed hours old.</li>
 * </ul>
 */
final class BackupRules {

	/** The proposed rule's longest age of a backup; not law. */
	static final Duration PROPOSED_MAX_AGE = Duration.ofHours(48);

	private BackupRules() {
	}

	/** The time of the last success as an instant; it cannot be in the future. */
	static Instant lastSucceeded(LocalDateTime local, ZoneId zone, Instant now) {
		if (local == null) {
			return null;
		}
		if (local.getYear() < 1900) {
			throw InvalidInputException.of("lastSucceededAt", "Enter a date and time after 1900.");
		}
		Instant at = local.atZone(zone).toInstant();
		if (at.isAfter(now)) {
			throw InvalidInputException.of("lastSucceededAt", "The last successful backup cannot be in the future.");
		}
		return at;
	}

	/** The 3-2-1 check of one system's backup copies (all of them). */
	static ThreeTwoOne threeTwoOne(List<BackupDetails> copies) {
		int total = 1 + copies.size();
		Set<BackupMedia> media = EnumSet.of(BackupMedia.SAME_DEVICE);
		copies.forEach((copy) -> media.add(copy.media()));
		int offSite = (int) copies.stream().filter((copy) -> copy.location().offSite()).count();
		List<String> failures = new ArrayList<>();
		if (total < 3) {
			failures
				.add("Only " + total
						+ ((total == 1) ? " copy (the live data, no backup)"
								: " copies (the live data and " + copies.size() + " backup)")
						+ ": keep at least three.");
		}
		if (media.size() < 2) {
			failures.add(copies.isEmpty() ? "No copy on other storage than the system itself."
					: "Every backup is on the same computer as the live data: keep one on other storage "
							+ "(an external drive, network storage, the cloud).");
		}
		if (offSite == 0) {
			failures.add("No copy away from the office: keep one off site or in the cloud.");
		}
		return new ThreeTwoOne(total, media.size(), offSite, failures);
	}

	/** The proposed rule's 48-hour check of one system's backup copies. */
	static AgeCheck age(List<BackupDetails> copies, Instant now) {
		Instant newest = copies.stream()
			.map(BackupDetails::lastSucceededAt)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
		if (newest == null) {
			return new AgeCheck(null, null, "No successful backup is recorded.");
		}
		Duration age = Duration.between(newest, now);
		if (age.compareTo(PROPOSED_MAX_AGE) > 0) {
			return new AgeCheck(newest, age.toHours(), "The newest successful backup is " + age.toHours()
					+ " hours old; the proposed rule would allow at most 48.");
		}
		return new AgeCheck(newest, age.toHours(), null);
	}

	/**
	 * The 3-2-1 result.
	 *
	 * @param copies copies of the data, the live data included
	 * @param media different media holding them, the live data's storage included
	 * @param offSite copies away from the office
	 * @param failures what fails and why, in plain words; empty when it passes
	 */
	record ThreeTwoOne(int copies, int media, int offSite, List<String> failures) {

		ThreeTwoOne {
			failures = List.copyOf(failures);
		}

		public boolean passes() {
			return this.failures.isEmpty();
		}

	}

	/**
	 * The 48-hour result (proposed rule).
	 *
	 * @param newest the newest successful backup, or {@code null}
	 * @param hours its age in whole hours, or {@code null}
	 * @param failure why it fails, or {@code null} when it passes
	 */
	record AgeCheck(Instant newest, Long hours, String failure) {

		public boolean passes() {
			return this.failure == null;
		}

	}

}
