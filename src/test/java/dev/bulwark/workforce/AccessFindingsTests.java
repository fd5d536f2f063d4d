package dev.bulwark.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.shared.GapsReported.Gap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which accounts are flagged, and how the flags become gaps for the risk register. */
class AccessFindingsTests {

	private static final Instant NOW = Instant.parse("2025-06-10T15:00:00Z");

	private final InventorySystem ehr = new InventorySystem(UUID.randomUUID(), "Cloud EHR", "Cloud service", true);

	private final InventorySystem wifi = new InventorySystem(UUID.randomUUID(), "Guest Wi-Fi", "Network device", false);

	private final StaffMember ana = person("Ana", null);

	private final StaffMember ben = person("Ben", null);

	private final StaffMember cleo = person("Cleo", NOW.minusSeconds(3600));

	private final List<SystemAccount> accounts = new ArrayList<>();

	private final List<UUID[]> uses = new ArrayList<>();

	private static StaffMember person(String name, Instant endedAt) {
		return new StaffMember(UUID.randomUUID(), name, null, WorkforceType.EMPLOYEE, null,
				(endedAt != null) ? LocalDate.of(2025, 6, 10) : null, endedAt, null, null, null, false, null, null);
	}

	private SystemAccount account(StaffMember person, InventorySystem system, String username, boolean mfa,
			LocalDate disabledOn) {
		SystemAccount account = new SystemAccount(UUID.randomUUID(), person.id(), person.name(), system.id(),
				system.name(), username, Privilege.USER, mfa, disabledOn);
		this.accounts.add(account);
		return account;
	}

	private List<AccessFinding> findings() {
		return AccessFindings.of(List.of(this.ana, this.ben, this.cleo), this.accounts, this.uses,
				List.of(this.ehr, this.wifi), NOW);
	}

	@Test
	void individualAccountsWithMultiFactorSignInAreFine() {
		account(this.ana, this.ehr, "ana", true, null);
		account(this.ben, this.ehr, "ben", true, null);
		this.uses.add(new UUID[] { this.ana.id(), this.ehr.id() });
		assertThat(findings()).isEmpty();
	}

	@Test
	void oneUserNameForTwoPeopleIsASharedLoginWhateverTheCase() {
		account(this.ana, this.ehr, "frontdesk", true, null);
		account(this.ben, this.ehr, "FrontDesk", true, null);
		assertThat(findings()).singleElement().satisfies((f) -> {
			assertThat(f.kind()).isEqualTo(AccessFindings.SHARED_LOGIN);
			assertThat(f.citation()).isEqualTo("164.312(a)(2)(i)");
			assertThat(f.subject()).isEqualTo("\"frontdesk\" on Cloud EHR, used by Ana and Ben");
			assertThat(f.personIds()).containsExactly(this.ana.id(), this.ben.id());
		});
	}

	@Test
	void aDisabledAccountSharesNothing() {
		account(this.ana, this.ehr, "frontdesk", true, null);
		account(this.ben, this.ehr, "frontdesk", true, LocalDate.of(2025, 6, 1));
		assertThat(findings()).isEmpty();
	}

	@Test
	void noMultiFactorSignInIsFlaggedOnlyWhereThereIsPatientInformation() {
		account(this.ana, this.ehr, "ana", false, null);
		account(this.ana, this.wifi, "ana", false, null);
		assertThat(findings()).singleElement().satisfies((f) -> {
			assertThat(f.kind()).isEqualTo(AccessFindings.NO_MFA);
			assertThat(f.citation()).isEqualTo("164.312(d)");
			assertThat(f.subject()).isEqualTo("Ana's account \"ana\" on Cloud EHR");
		});
	}

	@Test
	void anEnabledAccountOfSomeoneWhoLeftIsFlaggedUntilDisabled() {
		account(this.cleo, this.wifi, "cleo", true, null);
		assertThat(findings()).singleElement().satisfies((f) -> {
			assertThat(f.kind()).isEqualTo(AccessFindings.LEAVER_ACTIVE);
			assertThat(f.citation()).isEqualTo("164.308(a)(3)(ii)(C)");
			assertThat(f.subject()).isEqualTo("Cleo's account \"cleo\" on Guest Wi-Fi (left on 2025-06-10)");
		});
		this.accounts.clear();
		account(this.cleo, this.wifi, "cleo", true, LocalDate.of(2025, 6, 10));
		assertThat(findings()).isEmpty();
	}

	@Test
	void aDepartureStillToComeIsNotYetALeaver() {
		StaffMember leaving = person("Dev", NOW.plusSeconds(3600));
		SystemAccount account = new SystemAccount(UUID.randomUUID(), leaving.id(), "Dev", this.ehr.id(), "Cloud EHR",
				"dev", Privilege.USER, true, null);
		assertThat(AccessFindings.of(List.of(leaving), List.of(account), List.of(), List.of(this.ehr), NOW)).isEmpty();
		assertThat(AccessFindings.of(List.of(leaving), List.of(account), List.of(), List.of(this.ehr),
				NOW.plusSeconds(3600)))
			.extracting(AccessFinding::kind)
			.containsExactly(AccessFindings.LEAVER_ACTIVE);
	}

	@Test
	void usingASystemWithPatientInformationThroughSomeoneElsesLoginIsFlagged() {
		this.uses.add(new UUID[] { this.ana.id(), this.ehr.id() });
		this.uses.add(new UUID[] { this.ana.id(), this.wifi.id() });
		assertThat(findings()).singleElement().satisfies((f) -> {
			assertThat(f.kind()).isEqualTo(AccessFindings.NO_UNIQUE_ACCOUNT);
			assertThat(f.subject()).isEqualTo("Ana on Cloud EHR");
		});
		// A shared login is not an account of one's own either.
		account(this.ana, this.ehr, "frontdesk", true, null);
		account(this.ben, this.ehr, "frontdesk", true, null);
		assertThat(findings()).extracting(AccessFinding::kind)
			.containsExactly(AccessFindings.SHARED_LOGIN, AccessFindings.NO_UNIQUE_ACCOUNT);
	}

	@Test
	void eachKindIsOneGapNamingWhatItConcerns() {
		account(this.ana, this.ehr, "ana", false, null);
		account(this.ben, this.ehr, "ben", false, null);
		account(this.cleo, this.ehr, "cleo", true, null);
		List<Gap> gaps = WorkforceGaps.gaps(findings());
		assertThat(gaps).extracting(Gap::key).containsExactly("account.no-mfa", "account.leaver-active");
		assertThat(gaps.get(0).title())
			.isEqualTo("2 accounts on systems with patient information sign in without multi-factor authentication");
		assertThat(gaps.get(0).detail()).isEqualTo("Affected: Ana's account \"ana\" on Cloud EHR; Ben's account "
				+ "\"ben\" on Cloud EHR. The staff findings page says what to do.");
		assertThat(gaps.get(0).citation()).isEqualTo("164.312(d)");
		assertThat(gaps.get(1).title()).isEqualTo("An account of someone who has left is still enabled");
		assertThat(gaps).allSatisfy((gap) -> assertThat(gap.link()).isEqualTo("/staff/findings"));
	}

}
