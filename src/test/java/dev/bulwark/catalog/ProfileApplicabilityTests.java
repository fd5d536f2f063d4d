package dev.bulwark.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice profile spares practices questions they cannot answer truthfully, with a
 * reason, and never hides a question on the strength of an unanswered profile field.
 */
class ProfileApplicabilityTests {

	private static final Set<String> WORKFORCE_SECURITY_SPECIFICATIONS = Set.of("164.308(a)(3)(ii)(A)",
			"164.308(a)(3)(ii)(B)", "164.308(a)(3)(ii)(C)");

	private final Catalog catalog = TestCatalog.get();

	/** A typical small office that answers every profile question. */
	private static Map<String, Object> typicalOffice() {
		Map<String, Object> profile = new HashMap<>();
		profile.put("workforce_size", 8);
		profile.put("solo_practitioner", false);
		profile.put("ehr_hosting", "CLOUD");
		profile.put("onsite_servers", true);
		profile.put("remote_work", true);
		profile.put("portable_devices", true);
		profile.put("email_phi", true);
		profile.put("paper_records", true);
		profile.put("wireless_network", true);
		profile.put("networked_medical_devices", true);
		profile.put("business_associates", true);
		profile.put("government_arrangements", false);
		profile.put("acts_as_business_associate", false);
		profile.put("clearinghouse_function", false);
		profile.put("group_health_plan", false);
		profile.put("multiple_sites", true);
		profile.put("patient_portal_or_telehealth", true);
		profile.put("it_support", "MSP");
		return profile;
	}

	private static Map<String, Object> typicalOfficeWith(String field, Object value) {
		Map<String, Object> profile = typicalOffice();
		profile.put(field, value);
		return profile;
	}

	private Set<String> notApplicableKeys(Map<String, Object> profile) {
		return this.catalog.questions()
			.stream()
			.filter((question) -> question.notApplicableReason(profile).isPresent())
			.map(Question::key)
			.collect(Collectors.toSet());
	}

	@Test
	void profileHasExactlyTheAgreedFields() {
		assertThat(this.catalog.profileFields()).extracting(ProfileField::key)
			.containsExactly("workforce_size", "solo_practitioner", "ehr_hosting", "onsite_servers", "remote_work",
					"portable_devices", "email_phi", "paper_records", "wireless_network", "networked_medical_devices",
					"business_associates", "government_arrangements", "acts_as_business_associate",
					"clearinghouse_function", "group_health_plan", "multiple_sites", "patient_portal_or_telehealth",
					"it_support");
		assertThat(this.catalog.profileField("ehr_hosting").orElseThrow().choices())
			.extracting(ProfileField.Choice::value)
			.containsExactly("CLOUD", "ON_PREMISES", "NONE");
		assertThat(this.catalog.profileField("it_support").orElseThrow().choices())
			.extracting(ProfileField.Choice::value)
			.containsExactly("NONE", "IN_HOUSE", "MSP");
		assertThat(this.catalog.profileField("workforce_size").orElseThrow().type()).isEqualTo(ProfileFieldType.NUMBER);
	}

	@Test
	void noConditionReferencesAnUnknownProfileField() {
		Set<String> fields = this.catalog.profileFields().stream().map(ProfileField::key).collect(Collectors.toSet());
		this.catalog.questions()
			.forEach((question) -> question.notApplicableWhen()
				.forEach((condition) -> assertThat(fields).as(question.key()).contains(condition.field())));
	}

	@Test
	void typicalOfficeIsSparedOnlyTheRareQuestions() {
		assertThat(notApplicableKeys(typicalOffice())).containsExactlyInAnyOrder("TEC-23", "BA-12", "BA-08", "BA-14");
	}

	@Test
	void emptyProfileHidesOnlyTheQuestionsForRareRoles() {
		assertThat(notApplicableKeys(Map.of())).containsExactlyInAnyOrder("BA-08", "BA-14");
	}

	@Test
	void governmentArrangementsAreAskedOnlyWhenTheProfileSaysTheyApply() {
		Question other = this.catalog.question("BA-08").orElseThrow();
		assertThat(other.notApplicableReason(typicalOffice()))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("Your practice profile does not say"));
		assertThat(other.notApplicableReason(Map.of("business_associates", true))).isPresent();
		assertThat(other.notApplicableReason(typicalOfficeWith("government_arrangements", true))).isEmpty();
		assertThat(other.citations()).contains("164.314(a)(2)(ii)");
	}

	@Test
	void subcontractorContractsAreAskedOnlyOfAPracticeThatIsItselfABusinessAssociate() {
		Question subcontractors = this.catalog.question("BA-14").orElseThrow();
		assertThat(subcontractors.citations()).containsExactly("164.314(a)(2)(iii)");
		assertThat(subcontractors.notApplicableReason(typicalOffice())).isPresent();
		assertThat(subcontractors.notApplicableReason(typicalOfficeWith("acts_as_business_associate", true))).isEmpty();
		assertThat(this.catalog.questions()).filteredOn((q) -> q.citations().contains("164.314(a)(2)(iii)"))
			.extracting(Question::key)
			.containsExactly("BA-14");
	}

	@Test
	void soloPractitionerIsNotAskedAboutClearanceSupervisionOrTermination() {
		Map<String, Object> solo = typicalOfficeWith("solo_practitioner", true);
		solo.put("workforce_size", 1);
		List<Question> workforceSecurity = this.catalog.questions()
			.stream()
			.filter((question) -> question.citations().stream().anyMatch(WORKFORCE_SECURITY_SPECIFICATIONS::contains))
			.toList();
		assertThat(workforceSecurity).extracting(Question::key).contains("WF-01", "WF-06", "WF-07");
		for (Question question : workforceSecurity) {
			assertThat(question.notApplicableReason(solo)).as(question.key())
				.hasValueSatisfying((reason) -> assertThat(reason).contains("alone"));
		}
		assertThat(this.catalog.question("POL-08").orElseThrow().notApplicableReason(solo)).isPresent();
		assertThat(this.catalog.question("WF-11").orElseThrow().notApplicableReason(solo))
			.as("a solo practitioner still trains themselves")
			.isEmpty();
	}

	@Test
	void oneDeclaredPersonIsTreatedAsSoloEvenWithoutTheSoloAnswer() {
		Map<String, Object> onePerson = Map.of("workforce_size", 1);
		assertThat(this.catalog.question("WF-01").orElseThrow().notApplicableReason(onePerson)).isPresent();
		assertThat(this.catalog.question("WF-07").orElseThrow().notApplicableReason(onePerson)).isPresent();
	}

	@Test
	void paperOnlyPracticeIsNotAskedAboutAnEhr() {
		Map<String, Object> paperOnly = typicalOfficeWith("ehr_hosting", "NONE");
		List<Question> ehrQuestions = this.catalog.questions()
			.stream()
			.filter((question) -> question.text().contains("EHR"))
			.toList();
		assertThat(ehrQuestions).extracting(Question::key).contains("DAT-09", "DAT-18", "TEC-07", "TEC-11");
		for (Question question : ehrQuestions) {
			assertThat(question.notApplicableReason(paperOnly)).as(question.key()).isPresent();
		}
		assertThat(notApplicableKeys(typicalOffice()))
			.doesNotContainAnyElementsOf(ehrQuestions.stream().map(Question::key).toList());
	}

	@Test
	void practiceWithItsOwnServerIsNotAskedAboutTheCloudVendor() {
		Map<String, Object> onPremises = typicalOfficeWith("ehr_hosting", "ON_PREMISES");
		assertThat(this.catalog.question("DAT-09").orElseThrow().notApplicableReason(onPremises)).isPresent();
		assertThat(this.catalog.question("CON-11").orElseThrow().notApplicableReason(onPremises)).isPresent();
		assertThat(this.catalog.question("TEC-07").orElseThrow().notApplicableReason(onPremises)).isEmpty();
	}

	@Test
	void practiceWithoutWifiSkipsWifiQuestions() {
		Map<String, Object> noWifi = typicalOfficeWith("wireless_network", false);
		List<Question> wifiQuestions = this.catalog.questions()
			.stream()
			.filter((question) -> question.text().contains("Wi-Fi") || question.text().contains("wireless"))
			.toList();
		assertThat(wifiQuestions).extracting(Question::key).contains("TEC-14", "TEC-15");
		for (Question question : wifiQuestions) {
			assertThat(question.notApplicableReason(noWifi)).as(question.key())
				.contains("You told us the office has no Wi-Fi.");
		}
	}

	@Test
	void otherProfileAnswersSpareTheMatchingQuestions() {
		assertThat(notApplicableKeys(typicalOfficeWith("business_associates", false)))
			.contains("BA-02", "BA-03", "BA-10")
			.doesNotContain("BA-01");
		assertThat(notApplicableKeys(typicalOfficeWith("clearinghouse_function", false))).contains("TEC-23");
		assertThat(notApplicableKeys(typicalOfficeWith("group_health_plan", true))).doesNotContain("BA-12");
		assertThat(notApplicableKeys(typicalOfficeWith("portable_devices", false))).contains("DAT-10", "PHY-16");
		assertThat(notApplicableKeys(typicalOfficeWith("email_phi", false))).contains("DAT-13", "DAT-14")
			.doesNotContain("DAT-15");
		assertThat(notApplicableKeys(typicalOfficeWith("remote_work", false))).contains("PHY-14");
		assertThat(notApplicableKeys(typicalOfficeWith("onsite_servers", false))).contains("DAT-08");
		assertThat(notApplicableKeys(typicalOfficeWith("paper_records", false))).contains("PHY-17", "OTH-01");
		assertThat(notApplicableKeys(typicalOfficeWith("multiple_sites", false))).contains("PHY-18");
		assertThat(notApplicableKeys(typicalOfficeWith("networked_medical_devices", false))).contains("TEC-18");
		assertThat(notApplicableKeys(typicalOfficeWith("patient_portal_or_telehealth", false))).contains("TEC-19");
	}

	@Test
	void everyReasonIsAPlainSentence() {
		// A condition that also matches an unanswered field cannot claim the practice
		// told
		// us anything.
		this.catalog.questions()
			.forEach((question) -> question.notApplicableWhen()
				.forEach((condition) -> assertThat(condition.reason()).as(question.key())
					.startsWith(condition.orUnanswered() ? "Your practice profile does not say" : "You told us")
					.endsWith(".")));
	}

}
