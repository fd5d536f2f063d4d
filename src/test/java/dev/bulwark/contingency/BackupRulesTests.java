package dev.bulwark.contingency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 3-2-1 check (recommended) and the proposed rule's 48-hour backup age. */
class BackupRulesTests {

	static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

	static BackupDetails copy(BackupLocation location, BackupMedia media, Instant last) {
		return new BackupDetails(UUID.randomUUID(), UUID.randomUUID(), "EHR server", "Database", BackupFrequency.DAILY,
				location, media, Answer.YES, Answer.NO, null, last, null, NOW.minus(Duration.ofDays(30)));
	}

	@Test
	void aNasCopyAndACloudCopyPassThreeTwoOne() {
		BackupRules.ThreeTwoOne result = BackupRules
			.threeTwoOne(List.of(copy(BackupLocation.ON_SITE, BackupMedia.NAS, NOW),
					copy(BackupLocation.CLOUD, BackupMedia.CLOUD_STORAGE, NOW)));
		assertThat(result.passes()).isTrue();
		assertThat(result.copies()).isEqualTo(3);
		assertThat(result.media()).isEqualTo(3);
		assertThat(result.offSite()).isEqualTo(1);
	}

	@Test
	void oneOnSiteCopyFailsOnCopiesAndOffSiteButNotOnMedia() {
		BackupRules.ThreeTwoOne result = BackupRules
			.threeTwoOne(List.of(copy(BackupLocation.ON_SITE, BackupMedia.EXTERNAL_DRIVE, NOW)));
		assertThat(result.passes()).isFalse();
		assertThat(result.failures()).containsExactly(
				"Only 2 copies (the live data and 1 backup): keep at least three.",
				"No copy away from the office: keep one off site or in the cloud.");
	}

	@Test
	void copiesOnTheSameComputerAreOneMediumWithTheLiveData() {
		BackupRules.ThreeTwoOne result = BackupRules
			.threeTwoOne(List.of(copy(BackupLocation.ON_SITE, BackupMedia.SAME_DEVICE, NOW),
					copy(BackupLocation.ON_SITE, BackupMedia.SAME_DEVICE, NOW)));
		assertThat(result.media()).isEqualTo(1);
		assertThat(result.failures()).containsExactly(
				"Every backup is on the same computer as the live data: keep one on other storage "
						+ "(an external drive, network storage, the cloud).",
				"No copy away from the office: keep one off site or in the cloud.");
	}

	@Test
	void noBackupFailsEveryPart() {
		assertThat(BackupRules.threeTwoOne(List.of()).failures()).containsExactly(
				"Only 1 copy (the live data, no backup): keep at least three.",
				"No copy on other storage than the system itself.",
				"No copy away from the office: keep one off site or in the cloud.");
	}

	@Test
	void theNewestSuccessCountsForTheProposed48Hours() {
		BackupRules.AgeCheck fresh = BackupRules
			.age(List.of(copy(BackupLocation.CLOUD, BackupMedia.CLOUD_STORAGE, NOW.minus(Duration.ofDays(9))),
					copy(BackupLocation.ON_SITE, BackupMedia.NAS, NOW.minus(Duration.ofHours(48)))), NOW);
		assertThat(fresh.passes()).isTrue();
		assertThat(fresh.hours()).isEqualTo(48);
		BackupRules.AgeCheck stale = BackupRules
			.age(List.of(copy(BackupLocation.ON_SITE, BackupMedia.NAS, NOW.minus(Duration.ofHours(49)))), NOW);
		assertThat(stale.passes()).isFalse();
		assertThat(stale.failure())
			.isEqualTo("The newest successful backup is 49 hours old; the proposed rule would allow at most 48.");
		assertThat(BackupRules.age(List.of(copy(BackupLocation.ON_SITE, BackupMedia.NAS, null)), NOW).failure())
			.isEqualTo("No successful backup is recorded.");
	}

	@Test
	void theLastSuccessIsTheLocalTimeOfThePracticeAndNotInTheFuture() {
		ZoneId chicago = ZoneId.of("America/Chicago");
		assertThat(BackupRules.lastSucceeded(LocalDateTime.parse("2026-03-10T08:00"), chicago, NOW))
			.isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
		assertThatThrownBy(() -> BackupRules.lastSucceeded(LocalDateTime.parse("2026-03-10T10:01"), chicago, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.errors())
				.containsEntry("lastSucceededAt", "The last successful backup cannot be in the future."));
		assertThat(BackupRules.lastSucceeded(null, chicago, NOW)).isNull();
	}

}
