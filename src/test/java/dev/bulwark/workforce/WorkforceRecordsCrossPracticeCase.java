package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Another practice's onboarding steps, access reviews and sanction records: by their
 * addresses, and the other practice's person inside the attacker's own sanction record
 * (refused like a person that does not exist, and never stored).
 */
class WorkforceRecordsCrossPracticeCase implements CrossPracticeCase {

	private final StaffService staff;

	private final AccountService accounts;

	private final OnboardingService onboarding;

	private final AccessReviewService reviews;

	private final SanctionService sanctions;

	private final JdbcClient jdbc;

	WorkforceRecordsCrossPracticeCase(StaffService staff, AccountService accounts, OnboardingService onboarding,
			AccessReviewService reviews, SanctionService sanctions, JdbcClient jdbc) {
		this.staff = staff;
		this.accounts = accounts;
		this.onboarding = onboarding;
		this.reviews = reviews;
		this.sanctions = sanctions;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/staff/{id}/onboarding/steps/{stepId}", "/api/v1/staff/{id}/onboarding",
				"/api/v1/staff/{id}/onboarding/steps/{stepId}", "/access-reviews/{id}", "/access-reviews/{id}/sign-off",
				"/access-reviews/{id}/lines/{lineId}", "/api/v1/access-reviews/{id}",
				"/api/v1/access-reviews/{id}/lines/{lineId}", "/api/v1/access-reviews/{id}/sign-off", "/sanctions",
				"/sanctions/{id}", "/api/v1/sanctions", "/api/v1/sanctions/{id}");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		Actor victim = WorkforceFixtures.actor(victimOwner);
		UUID practiceId = victimOwner.practiceId();
		StaffMember person = this.staff.add(victim, WorkforceFixtures.person("Victim Person", WorkforceType.EMPLOYEE));
		UUID id = person.id();
		UUID system = WorkforceFixtures.system(this.jdbc, practiceId, "Victim EHR", true);
		this.accounts.add(victim, id, WorkforceFixtures.account(system, "victim", true));
		UUID step = this.onboarding.checklist(practiceId, id).get(0).id();
		AccessReviewSummary review = this.reviews.start(victim);
		UUID line = this.reviews.lines(practiceId, review.id()).get(0).id();
		LocalDate today = LocalDate.of(2025, 1, 15);
		Sanction sanction = this.sanctions.record(victim,
				new SanctionForm(id, today, "Password management", "Shared a password", "Written warning"));
		Runnable unchanged = () -> {
			assertThat(this.onboarding.checklist(practiceId, id)).noneMatch(OnboardingStep::done);
			AccessReviewSummary now = this.reviews.review(practiceId, review.id());
			assertThat(now.signedOff()).isFalse();
			assertThat(now.decided()).isZero();
			assertThat(count("select count(*) from wf_sanction where practice_id = :practice", practiceId))
				.isEqualTo(1);
			assertThat(count("select count(*) from wf_sanction where person_id = :id", id)).isEqualTo(1);
		};
		String decision = "{\"decision\": \"REMOVE\", \"note\": \"x\"}";
		String signOff = "{\"conclusion\": \"x\", \"confirmed\": true}";
		UUID r = review.id();
		return List.of(
				Attempt.of("mark an onboarding step done", post("/staff/{id}/onboarding/steps/{s}", id, step),
						unchanged),
				Attempt.of("read the onboarding checklist by API", get("/api/v1/staff/{id}/onboarding", id), unchanged),
				Attempt.of("mark an onboarding step done by API",
						post("/api/v1/staff/{id}/onboarding/steps/{s}", id, step), unchanged),
				Attempt.of("read an access review", get("/access-reviews/{id}", r), unchanged),
				Attempt.of("open a review line", get("/access-reviews/{id}/lines/{l}", r, line), unchanged),
				Attempt.of("decide a review line",
						post("/access-reviews/{id}/lines/{l}", r, line).param("decision", "REMOVE"), unchanged),
				Attempt.of("sign off a review", post("/access-reviews/{id}/sign-off", r).param("confirmed", "true"),
						unchanged),
				Attempt.of("read a review by API", get("/api/v1/access-reviews/{id}", r), unchanged),
				Attempt.of("decide a line by API",
						put("/api/v1/access-reviews/{id}/lines/{l}", r, line).contentType(MediaType.APPLICATION_JSON)
							.content(decision),
						unchanged),
				Attempt.of("sign off by API",
						post("/api/v1/access-reviews/{id}/sign-off", r).contentType(MediaType.APPLICATION_JSON)
							.content(signOff),
						unchanged),
				Attempt.of("read a sanction", get("/sanctions/{id}", sanction.id()), unchanged),
				Attempt.of("read a sanction by API", get("/api/v1/sanctions/{id}", sanction.id()), unchanged),
				// The victim's person inside the attacker's own sanction record
				Attempt.of("sanction the victim's person on the page",
						post("/sanctions").param("personId", id.toString())
							.param("occurredOn", "2025-01-10")
							.param("policyViolated", "x")
							.param("whatHappened", "x")
							.param("sanction", "x"),
						unchanged),
				Attempt.of("sanction the victim's person by API",
						post("/api/v1/sanctions").contentType(MediaType.APPLICATION_JSON)
							.content("{\"personId\": \"" + id + "\", \"occurredOn\": \"2025-01-10\", "
									+ "\"policyViolated\": \"x\", \"whatHappened\": \"x\", \"sanction\": \"x\"}"),
						unchanged));
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param("practice", id).param("id", id).query(Long.class).single();
	}

}
