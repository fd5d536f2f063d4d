package dev.bulwark.vendors;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who is a business associate (45 CFR 160.103), and what a change records. */
class VendorTests {

	private static VendorForm handling(boolean creates, boolean receives, boolean maintains, boolean transmits,
			boolean conduit) {
		return new VendorForm("Acme", null, null, null, null, List.of(), null, creates, receives, maintains, transmits,
				conduit, RiskTier.MEDIUM, null);
	}

	@Test
	void anyOfTheFourWaysOfHandlingPatientInformationMakesABusinessAssociate() {
		assertThat(Vendor.determine(handling(true, false, false, false, false)))
			.isEqualTo(Determination.BUSINESS_ASSOCIATE);
		assertThat(Vendor.determine(handling(false, true, false, false, false)))
			.isEqualTo(Determination.BUSINESS_ASSOCIATE);
		assertThat(Vendor.determine(handling(false, false, true, false, false)))
			.isEqualTo(Determination.BUSINESS_ASSOCIATE);
		assertThat(Vendor.determine(handling(false, false, false, true, false)))
			.isEqualTo(Determination.BUSINESS_ASSOCIATE);
	}

	@Test
	void aVendorThatHandlesNoPatientInformationIsNotOne() {
		assertThat(Vendor.determine(handling(false, false, false, false, false))).isEqualTo(Determination.NO_PHI);
	}

	@Test
	void aMereConduitThatOnlyCarriesInformationIsNotOne() {
		assertThat(Vendor.determine(handling(false, false, false, true, true))).isEqualTo(Determination.CONDUIT);
	}

	@Test
	void aCloudServiceStoringEncryptedDataWithoutTheKeyCannotClaimToBeAConduit() {
		assertThatThrownBy(() -> Vendor.determine(handling(false, false, true, true, true))).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.errors()).containsKey("conduit")
					.extractingByKey("conduit")
					.asString()
					.contains("even encrypted and without the key, is a business associate"));
	}

	@Test
	void aChangeRecordsTheNewDeterminationAndRiskTier() {
		UUID practiceId = UUID.randomUUID();
		Vendor vendor = Vendor.add(practiceId, UUID.randomUUID(), handling(false, false, false, true, true));
		VendorEvent.VendorChanged changed = vendor.change(handling(false, true, true, true, false));
		assertThat(changed.changes()).containsExactly("determination CONDUIT -> BUSINESS_ASSOCIATE");
		assertThat(vendor.businessAssociate()).isTrue();
		assertThat(changed.summary()).isEqualTo("Vendor \"Acme\" changed: determination CONDUIT -> BUSINESS_ASSOCIATE");
	}

}
