package dev.bulwark.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain unit tests of how a profile condition matches profile values.
 */
class ApplicabilityConditionTests {

	private static ApplicabilityCondition equalsCondition(String field, Object value) {
		return new ApplicabilityCondition(field, ApplicabilityCondition.Operator.EQUALS, value, "reason");
	}

	@Test
	void booleanEqualsMatchesOnlyTheSameBoolean() {
		ApplicabilityCondition solo = equalsCondition("solo_practitioner", true);
		assertThat(solo.matches(Map.of("solo_practitioner", true))).isTrue();
		assertThat(solo.matches(Map.of("solo_practitioner", false))).isFalse();
	}

	@Test
	void missingOrNullProfileValueNeverMatches() {
		ApplicabilityCondition noWifi = equalsCondition("wireless_network", false);
		assertThat(noWifi.matches(Map.of())).isFalse();
		Map<String, Object> withNull = new HashMap<>();
		withNull.put("wireless_network", null);
		assertThat(noWifi.matches(withNull)).isFalse();
		ApplicabilityCondition small = new ApplicabilityCondition("workforce_size",
				ApplicabilityCondition.Operator.LESS_THAN, 2, "reason");
		assertThat(small.matches(Map.of())).isFalse();
	}

	@Test
	void valuesOfAnotherTypeDoNotMatch() {
		assertThat(equalsCondition("solo_practitioner", true).matches(Map.of("solo_practitioner", "true"))).isFalse();
		assertThat(new ApplicabilityCondition("workforce_size", ApplicabilityCondition.Operator.LESS_THAN, 2, "r")
			.matches(Map.of("workforce_size", "1"))).isFalse();
	}

	@Test
	void choiceEqualsComparesTheStoredValue() {
		ApplicabilityCondition paperOnly = equalsCondition("ehr_hosting", "NONE");
		assertThat(paperOnly.matches(Map.of("ehr_hosting", "NONE"))).isTrue();
		assertThat(paperOnly.matches(Map.of("ehr_hosting", "CLOUD"))).isFalse();
		assertThat(paperOnly.matches(Map.of("ehr_hosting", "none"))).isFalse();
	}

	@Test
	void inMatchesAnyListedValue() {
		ApplicabilityCondition notCloud = new ApplicabilityCondition("ehr_hosting", ApplicabilityCondition.Operator.IN,
				List.of("ON_PREMISES", "NONE"), "reason");
		assertThat(notCloud.matches(Map.of("ehr_hosting", "ON_PREMISES"))).isTrue();
		assertThat(notCloud.matches(Map.of("ehr_hosting", "NONE"))).isTrue();
		assertThat(notCloud.matches(Map.of("ehr_hosting", "CLOUD"))).isFalse();
	}

	@Test
	void lessThanComparesAnyNumberTypeStrictly() {
		ApplicabilityCondition alone = new ApplicabilityCondition("workforce_size",
				ApplicabilityCondition.Operator.LESS_THAN, 2, "reason");
		assertThat(alone.matches(Map.of("workforce_size", 1))).isTrue();
		assertThat(alone.matches(Map.of("workforce_size", 1L))).isTrue();
		assertThat(alone.matches(Map.of("workforce_size", 1.5d))).isTrue();
		assertThat(alone.matches(Map.of("workforce_size", 2))).isFalse();
		assertThat(alone.matches(Map.of("workforce_size", 12))).isFalse();
	}

	@Test
	void numbersAreEqualRegardlessOfTheirJavaType() {
		assertThat(equalsCondition("workforce_size", 3).matches(Map.of("workforce_size", 3L))).isTrue();
		assertThat(equalsCondition("workforce_size", 3).matches(Map.of("workforce_size", 3.0d))).isTrue();
	}

	@Test
	void questionReportsTheReasonOfTheFirstMatchingCondition() {
		Question question = new Question("WF-99", "workforce", "Is it so?", "why", "good", List.of("164.308(a)(2)"),
				List.of("V-NO-SECURITY-OFFICIAL"), Map.of(),
				List.of(new ApplicabilityCondition("solo_practitioner", ApplicabilityCondition.Operator.EQUALS, true,
						"You work alone."),
						new ApplicabilityCondition("workforce_size", ApplicabilityCondition.Operator.LESS_THAN, 2,
								"You are the only person.")),
				false, false);
		assertThat(question.notApplicableReason(Map.of("solo_practitioner", true, "workforce_size", 1)))
			.contains("You work alone.");
		assertThat(question.notApplicableReason(Map.of("solo_practitioner", false, "workforce_size", 1)))
			.contains("You are the only person.");
		assertThat(question.notApplicableReason(Map.of("solo_practitioner", false, "workforce_size", 8))).isEmpty();
		assertThat(question.askedOf(Map.of("workforce_size", 8), false)).isTrue();
		assertThat(question.askedOf(Map.of("workforce_size", 1), false)).isFalse();
	}

	@Test
	void onlyAConditionMarkedOrUnansweredMatchesAnUnansweredField() {
		ApplicabilityCondition plain = new ApplicabilityCondition("acts_as_business_associate",
				ApplicabilityCondition.Operator.EQUALS, false, "Not a business associate.");
		ApplicabilityCondition orUnanswered = new ApplicabilityCondition("acts_as_business_associate",
				ApplicabilityCondition.Operator.EQUALS, false, "Not a business associate.", true);
		assertThat(plain.matches(Map.of())).isFalse();
		assertThat(orUnanswered.matches(Map.of())).isTrue();
		assertThat(orUnanswered.matches(Map.of("acts_as_business_associate", false))).isTrue();
		assertThat(orUnanswered.matches(Map.of("acts_as_business_associate", true))).isFalse();
	}

}
