package dev.bulwark.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import dev.bulwark.MutableClock;
import dev.bulwark.TestPractices;
import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.PracticeDayBegan;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The policies module on its own (with the shared kernel; the practice and the people are
 * stand-ins): commands publish their facts, every change reports the due dates, the daily
 * tick reports them again, and another module's plan goes through the engine.
 */
@ApplicationModuleTest
class PoliciesModuleTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	/** Where the clock stands at the start of each test. */
	private static final Instant START = ZonedDateTime.of(2026, 1, 15, 10, 0, 0, 0, CHICAGO).toInstant();

	private final PolicyService service;

	private final Policies policies;

	private final JdbcClient jdbc;

	private final MutableClock clock;

	@MockitoBean
	Practices practices;

	@MockitoBean
	Accounts accounts;

	PoliciesModuleTests(PolicyService service, Policies policies, JdbcClient jdbc, MutableClock clock) {
		this.service = service;
		this.policies = policies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void startClock() {
		this.clock.setInstant(START);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void adoptingATemplatePublishesPolicyAdoptedWithTheFilledInDraft(Scenario scenario) {
		Actor officer = newPractice(false);
		scenario.stimulate(() -> this.service.adopt(officer, new AdoptForm("workforce-security", null)))
			.andWaitForEventOfType(PolicyEvent.PolicyAdopted.class)
			.matchingMappedValue(PolicyEvent.PolicyAdopted::practiceId, officer.practiceId())
			.toArriveAndVerify((adopted, document) -> {
				assertThat(adopted.action()).isEqualTo("policy.adopted");
				assertThat(adopted.objectType()).isEqualTo("policy");
				assertThat(adopted.objectId()).isEqualTo(document.id().toString());
				assertThat(adopted.summary()).isEqualTo(
						"Policy adopted from the template \"workforce-security\": \"Workforce security\" (draft version 1)");
				assertThat(document.versions().get(0).content()).contains("Maple Dental")
					.contains("Pat Officer")
					.doesNotContain("Proposed rule");
			});
	}

	@Test
	void inNprmReadyModeTheDraftShowsTheProposedFiguresLabelled() {
		Actor officer = newPractice(true);
		DocumentDetails adopted = this.service.adopt(officer, new AdoptForm("workforce-security", null));
		assertThat(adopted.versions().get(0).content())
			.contains("**Proposed rule (not yet law):** the 2025 proposed changes would require access to end no "
					+ "later than 1 hour");
	}

	@Test
	void publishingReportsTheReviewAndEachPersonsAcknowledgementAsDueItems(Scenario scenario) {
		Actor officer = newPractice(false);
		UUID staffId = UUID.randomUUID();
		given(this.accounts.members(officer.practiceId()))
			.willReturn(List.of(member(officer.userId(), "Pat Officer", Role.SECURITY_OFFICER),
					member(staffId, "Sam Staff", Role.STAFF), member(UUID.randomUUID(), "Ann Auditor", Role.AUDITOR)));
		DocumentDetails adopted = this.service.adopt(officer, new AdoptForm("sanctions", null));
		UUID v1 = adopted.versions().get(0).id();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		this.service.approve(officer, adopted.id(), v1, new ApproveForm("Pat Officer", today));
		scenario.stimulate(() -> this.service.publish(officer, adopted.id(), v1, new PublishForm(false)))
			.andWaitForEventOfType(DueItemsReported.class)
			.matching((reported) -> reported.practiceId().equals(officer.practiceId()) && !reported.items().isEmpty())
			.toArriveAndVerify((reported) -> {
				assertThat(reported.source()).isEqualTo("policies");
				assertThat(reported.items()).extracting(DueItemsReported.DueItem::key)
					.containsExactlyInAnyOrder("review:" + adopted.id(),
							"acknowledge:" + adopted.id() + ":" + officer.userId(),
							"acknowledge:" + adopted.id() + ":" + staffId);
				DueItemsReported.DueItem review = reported.items().get(0);
				assertThat(review.dueOn()).isEqualTo(today.plusYears(1));
				assertThat(review.basis()).isEqualTo(DueItemsReported.Basis.RECOMMENDED);
				assertThat(review.obligationKey()).isEqualTo("OBL-POLICY-REVIEW");
				assertThat(review.citation()).isEqualTo("164.316(b)(2)(iii)");
				assertThat(reported.items()).filteredOn((item) -> item.key().endsWith(staffId.toString()))
					.singleElement()
					.satisfies((item) -> {
						assertThat(item.ownerUserId()).isEqualTo(staffId);
						assertThat(item.dueOn()).isEqualTo(today.plusDays(Policies.ACKNOWLEDGE_WITHIN_DAYS));
						assertThat(item.title())
							.isEqualTo("Sam Staff: acknowledge \"Sanctions for breaking security rules\" (version 1)");
						assertThat(item.link()).isEqualTo("/policies/" + adopted.id());
					});
			});
	}

	@Test
	void aNewDayReportsTheDueItemsAgainWithPeopleWhoJoinedSince(Scenario scenario) {
		Actor officer = newPractice(false);
		given(this.accounts.members(officer.practiceId()))
			.willReturn(List.of(member(officer.userId(), "Pat Officer", Role.SECURITY_OFFICER)));
		DocumentDetails adopted = this.service.adopt(officer, new AdoptForm("integrity", null));
		PolicyFixtures.approveAndPublish(this.service, officer, adopted.id(), adopted.versions().get(0).id(),
				LocalDate.ofInstant(this.clock.instant(), CHICAGO), false);
		UUID newcomer = UUID.randomUUID();
		given(this.accounts.members(officer.practiceId()))
			.willReturn(List.of(member(officer.userId(), "Pat Officer", Role.SECURITY_OFFICER),
					member(newcomer, "Nia Newcomer", Role.STAFF)));
		scenario.publish(new PracticeDayBegan(officer.practiceId(), LocalDate.of(2026, 1, 16), CHICAGO))
			.andWaitForEventOfType(DueItemsReported.class)
			.matching((reported) -> reported.practiceId().equals(officer.practiceId())
					&& reported.items().stream().anyMatch((item) -> newcomer.equals(item.ownerUserId())))
			.toArriveAndVerify((reported) -> assertThat(reported.items()).hasSize(3));
	}

	@Test
	void anotherModulesPlanGoesThroughTheEngineAsVersions(Scenario scenario) {
		Actor officer = newPractice(false);
		DocumentDraft plan = new DocumentDraft(DocumentKind.CONTINGENCY_PLAN, "contingency:plan", "Contingency plan",
				List.of("164.308(a)(7)(i)"), "## Backups\n\nNightly to the cloud.", "Generated");
		scenario.stimulate(() -> this.policies.draft(officer, plan))
			.andWaitForEventOfType(PolicyEvent.DocumentCreated.class)
			.matchingMappedValue(PolicyEvent.DocumentCreated::practiceId, officer.practiceId())
			.toArriveAndVerify((created, summary) -> {
				assertThat(created.summary())
					.isEqualTo("Contingency plan created: \"Contingency plan\" (draft version 1)");
				assertThat(summary.openDraft()).isEqualTo(1);
				assertThat(summary.currentVersion()).isNull();
				assertThat(summary.link()).isEqualTo("/policies/" + summary.id());
			});
		DocumentSummary first = this.policies
			.documentFor(officer.practiceId(), DocumentKind.CONTINGENCY_PLAN, "contingency:plan")
			.orElseThrow();
		// A second submission while the draft is open changes that draft.
		this.policies.draft(officer, new DocumentDraft(DocumentKind.CONTINGENCY_PLAN, "contingency:plan",
				"Contingency plan", List.of(), "## Backups\n\nHourly to the cloud.", null));
		DocumentDetails document = this.policies.document(officer.practiceId(), first.id());
		assertThat(document.versions()).singleElement().satisfies((v) -> assertThat(v.content()).contains("Hourly"));
		PolicyFixtures.approveAndPublish(this.service, officer, first.id(), document.versions().get(0).id(),
				LocalDate.ofInstant(this.clock.instant(), CHICAGO), false);
		// The same text again changes nothing; a new text becomes version 2.
		assertThat(this.policies
			.draft(officer,
					new DocumentDraft(DocumentKind.CONTINGENCY_PLAN, "contingency:plan", "Contingency plan", List.of(),
							"## Backups\n\nHourly to the cloud.", null))
			.openDraft()).isNull();
		scenario
			.stimulate(() -> this.policies.draft(officer,
					new DocumentDraft(DocumentKind.CONTINGENCY_PLAN, "contingency:plan", "Contingency plan", List.of(),
							"## Backups\n\nEvery 15 minutes.", "Faster")))
			.andWaitForEventOfType(PolicyEvent.PolicyVersionDrafted.class)
			.matchingMappedValue(PolicyEvent.PolicyVersionDrafted::documentId, first.id())
			.toArriveAndVerify((drafted, summary) -> {
				assertThat(drafted.versionNumber()).isEqualTo(2);
				assertThat(summary.currentVersion()).isEqualTo(1);
				assertThat(summary.openDraft()).isEqualTo(2);
			});
		assertThat(this.policies.pendingAcknowledgements(officer.practiceId(), officer.userId()))
			.as("staff do not acknowledge plans")
			.isEmpty();
	}

	private static MemberSummary member(UUID id, String name, Role role) {
		return new MemberSummary(id, name, name.toLowerCase().replace(' ', '.') + "@example.test", role, true, true,
				null);
	}

	private Actor newPractice(boolean nprm) {
		UUID practiceId = TestPractices.insert(this.jdbc, this.clock.instant(), CHICAGO, nprm);
		given(this.practices.get(practiceId))
			.willReturn(TestPractices.details(practiceId, this.clock.instant(), nprm, CHICAGO));
		given(this.accounts.members(any())).willReturn(List.of());
		return TestPractices.officer(practiceId, CHICAGO);
	}

}
