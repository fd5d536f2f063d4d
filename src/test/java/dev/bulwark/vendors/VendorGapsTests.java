package dev.bulwark.vendors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.GapsReported.Gap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One gap per kind, naming the business associates concerned. */
class VendorGapsTests {

	private static VendorDetails vendor(String name, boolean ba, BaaState state) {
		return new VendorDetails(UUID.randomUUID(), name, null, null, null, null, List.of(), null, false, ba, ba, false,
				false, ba ? Determination.BUSINESS_ASSOCIATE : Determination.NO_PHI, RiskTier.HIGH, null, state, null,
				Instant.EPOCH, Instant.EPOCH);
	}

	@Test
	void businessAssociatesWithoutCurrentAgreementsAreOneGapPerKind() {
		VendorDetails alone = vendor("Acme Billing", true, BaaState.EXPIRED);
		List<Gap> gaps = VendorGaps
			.of(List.of(vendor("Cloud EHR", true, BaaState.MISSING), vendor("Backup Co", true, BaaState.MISSING), alone,
					vendor("Shredders", true, BaaState.CURRENT), vendor("Cleaners", false, BaaState.NOT_NEEDED)));
		assertThat(gaps).extracting(Gap::key).containsExactly("baa.missing", "baa.expired");
		assertThat(gaps.get(0).title())
			.isEqualTo("2 business associates have no business associate agreement in effect");
		assertThat(gaps.get(0).detail()).startsWith("Affected: Cloud EHR, Backup Co.");
		assertThat(gaps.get(0).citation()).isEqualTo("164.308(b)(1)");
		assertThat(gaps.get(0).vulnerabilityId()).isEqualTo("V-NO-BAA");
		assertThat(gaps.get(0).link()).isEqualTo("/vendors");
		assertThat(gaps.get(1).title())
			.isEqualTo("A business associate has a business associate agreement that has expired");
		assertThat(gaps.get(1).link()).isEqualTo("/vendors/" + alone.id());
	}

	@Test
	void noGapWhenEveryBusinessAssociateHasACurrentAgreement() {
		assertThat(VendorGaps.of(List.of(vendor("Cloud EHR", true, BaaState.CURRENT)))).isEmpty();
	}

}
