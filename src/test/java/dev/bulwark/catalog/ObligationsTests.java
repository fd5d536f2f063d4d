package dev.bulwark.catalog;

import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance calendar's obligations carry the right intervals and say honestly where
 * each interval comes from.
 */
class ObligationsTests {

	private final Catalog catalog = TestCatalog.get();

	private Obligation obligation(String key) {
		return this.catalog.obligation(key).orElseThrow(() -> new AssertionError("missing obligation " + key));
	}

	private static long months(Period period) {
		return period.toTotalMonths();
	}

	@Test
	void yearlyRiskAnalysisIsRecommendedTodayAndProposedAsTwelveMonths() {
		Obligation riskAnalysis = obligation("OBL-RISK-ANALYSIS");
		assertThat(months(riskAnalysis.frequency())).isEqualTo(12);
		assertThat(riskAnalysis.basis()).isEqualTo(ObligationBasis.RECOMMENDED);
		assertThat(riskAnalysis.proposedFrequency()).isNotNull();
		assertThat(months(riskAnalysis.proposedFrequency())).isEqualTo(12);
		assertThat(riskAnalysis.citations()).contains("164.308(a)(1)(ii)(A)");
		assertThat(riskAnalysis.capability()).isEqualTo("assessment");
	}

	@Test
	void scanningAndPenetrationTestingFollowTheProposedRule() {
		Obligation scan = obligation("OBL-VULNERABILITY-SCAN");
		assertThat(months(scan.frequency())).isEqualTo(6);
		assertThat(scan.basis()).isEqualTo(ObligationBasis.PROPOSED);
		assertThat(scan.capability()).isEqualTo("vulnerabilities");
		Obligation penTest = obligation("OBL-PENETRATION-TEST");
		assertThat(months(penTest.frequency())).isEqualTo(12);
		assertThat(penTest.basis()).isEqualTo(ObligationBasis.PROPOSED);
		assertThat(penTest.capability()).isEqualTo("vulnerabilities");
	}

	@Test
	void otherProposedObligationsAreYearly() {
		for (String key : new String[] { "OBL-ASSET-INVENTORY-REVIEW", "OBL-COMPLIANCE-AUDIT",
				"OBL-BA-VERIFICATION" }) {
			assertThat(months(obligation(key).frequency())).as(key).isEqualTo(12);
			assertThat(obligation(key).basis()).as(key).isEqualTo(ObligationBasis.PROPOSED);
		}
	}

	@Test
	void recommendedIntervalsForTheRestOfTheCalendar() {
		assertThat(obligation("OBL-RESTORE-TEST").frequency()).isEqualTo(Period.ofMonths(3));
		assertThat(obligation("OBL-ACTIVITY-REVIEW").frequency()).isEqualTo(Period.ofMonths(1));
		assertThat(months(obligation("OBL-SECURITY-TRAINING").frequency())).isEqualTo(12);
		assertThat(months(obligation("OBL-POLICY-REVIEW").frequency())).isEqualTo(12);
		assertThat(obligation("OBL-POLICY-REVIEW").citations()).contains("164.316(b)(2)(iii)");
		assertThat(months(obligation("OBL-INCIDENT-RESPONSE-TEST").frequency())).isEqualTo(12);
		assertThat(obligation("OBL-INCIDENT-RESPONSE-TEST").description()).contains("not confirmed");
		assertThat(obligation("OBL-DOCUMENTATION-RETENTION").citations()).contains("164.316(b)(2)(i)");
		for (String key : new String[] { "OBL-RESTORE-TEST", "OBL-ACTIVITY-REVIEW", "OBL-SECURITY-TRAINING",
				"OBL-POLICY-REVIEW", "OBL-INCIDENT-RESPONSE-TEST", "OBL-CONTINGENCY-TEST", "OBL-ACCESS-REVIEW",
				"OBL-BAA-REVIEW", "OBL-DOCUMENTATION-RETENTION" }) {
			assertThat(obligation(key).basis()).as(key).isEqualTo(ObligationBasis.RECOMMENDED);
		}
	}

	@Test
	void proposedObligationsSaySoAndCapabilitiesAreKnown() {
		for (Obligation obligation : this.catalog.obligations()) {
			assertThat(CatalogValidator.CAPABILITIES).as(obligation.key()).contains(obligation.capability());
			assertThat(obligation.frequency().isNegative() || obligation.frequency().isZero()).isFalse();
			if (obligation.basis() == ObligationBasis.PROPOSED) {
				assertThat(obligation.description()).as(obligation.key()).contains("proposed rule");
			}
		}
	}

	@Test
	void onlyTheBreachLogReportHasAnIntervalSetByLaw() {
		assertThat(this.catalog.obligations()).filteredOn((o) -> o.basis() == ObligationBasis.RULE)
			.extracting(Obligation::key)
			.containsExactly("OBL-BREACH-LOG-REPORT");
	}

}
