package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which agreement is in effect, and when a business associate's agreement is current. */
class BaaTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	private static final Set<String> ALL = Set.copyOf(VendorFixtures.REQUIRED_TERMS);

	private static Baa.Agreement agreement(LocalDate from, LocalDate until, Set<String> terms, boolean signedCopy) {
		return new Baa.Agreement(UUID.randomUUID(), from, until, terms, signedCopy);
	}

	private static BaaState state(boolean ba, Baa.Agreement... agreements) {
		return Baa.standing(ba, List.of(agreements), VendorFixtures.REQUIRED_TERMS, TODAY).state();
	}

	@Test
	void aVendorThatIsNoBusinessAssociateNeedsNoAgreement() {
		assertThat(state(false)).isEqualTo(BaaState.NOT_NEEDED);
	}

	@Test
	void aBusinessAssociateWithoutAnyAgreementHasNone() {
		assertThat(state(true)).isEqualTo(BaaState.MISSING);
		assertThat(BaaState.MISSING.gap()).isTrue();
	}

	@Test
	void aSignedCompleteAgreementInEffectIsCurrentUpToAndIncludingItsLastDay() {
		assertThat(state(true, agreement(TODAY.minusYears(1), TODAY, ALL, true))).isEqualTo(BaaState.CURRENT);
		assertThat(state(true, agreement(TODAY, null, ALL, true))).isEqualTo(BaaState.CURRENT);
	}

	@Test
	void anAgreementPastItsEndDateHasExpired() {
		assertThat(state(true, agreement(TODAY.minusYears(2), TODAY.minusDays(1), ALL, true)))
			.isEqualTo(BaaState.EXPIRED);
	}

	@Test
	void anAgreementNotYetInEffectLeavesTheVendorWithoutOne() {
		assertThat(state(true, agreement(TODAY.plusDays(1), null, ALL, true))).isEqualTo(BaaState.MISSING);
		assertThat(state(true, agreement(TODAY.minusYears(2), TODAY.minusDays(1), ALL, true),
				agreement(TODAY.plusDays(1), null, ALL, true)))
			.isEqualTo(BaaState.MISSING);
	}

	@Test
	void anAgreementWithoutASignedCopyOrARequiredTermIsIncomplete() {
		assertThat(state(true, agreement(TODAY.minusDays(1), null, ALL, false))).isEqualTo(BaaState.INCOMPLETE);
		assertThat(state(true, agreement(TODAY.minusDays(1), null, Set.of("safeguards", "incident-reporting"), true)))
			.isEqualTo(BaaState.INCOMPLETE);
	}

	@Test
	void theNewestAgreementInEffectCounts() {
		Baa.Agreement old = agreement(TODAY.minusYears(3), null, Set.of("safeguards"), true);
		Baa.Agreement renewed = agreement(TODAY.minusMonths(1), TODAY.plusYears(1), ALL, true);
		Baa.Standing standing = Baa.standing(true, List.of(old, renewed), VendorFixtures.REQUIRED_TERMS, TODAY);
		assertThat(standing.state()).isEqualTo(BaaState.CURRENT);
		assertThat(standing.agreementId()).isEqualTo(renewed.id());
	}

	@Test
	void anAgreementCannotEndBeforeItTakesEffectNorNameAnUnknownTerm() {
		BaaForm form = new BaaForm(TODAY, TODAY.minusDays(1), 30, List.of("safeguards", "made-up"), null);
		assertThatThrownBy(() -> Baa.check(form, ALL)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.errors())
					.containsEntry("expiresOn", "The agreement cannot end before it takes effect.")
					.containsEntry("terms", "That term is not one Bulwark checks."));
	}

}
