package dev.bulwark.workforce;

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
 * The roster of another practice: by its addresses, and the other practice's people and
 * members inside forms and JSON bodies (refused like ids that do not exist, and never
 * stored).
 */
class WorkforceCrossPracticeCase implements CrossPracticeCase {

	private final StaffService service;

	private final AccountService accounts;

	private final Workforce workforce;

	private final JdbcClient jdbc;

	WorkforceCrossPracticeCase(StaffService service, AccountService accounts, Workforce workforce, JdbcClient jdbc) {
		this.service = service;
		this.accounts = accounts;
		this.workforce = workforce;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/staff/{id}", "/staff/{id}/edit", "/api/v1/staff/{id}", "/staff/{id}/accounts/new",
				"/staff/{id}/accounts", "/staff/{id}/accounts/{accountId}/edit", "/staff/{id}/accounts/{accountId}",
				"/staff/{id}/systems", "/api/v1/staff/{id}/accounts", "/api/v1/staff/{id}/accounts/{accountId}",
				"/api/v1/staff/{id}/systems", "/staff/{id}/offboarding", "/staff/{id}/departure",
				"/staff/{id}/offboarding/steps/{stepId}", "/api/v1/staff/{id}/offboarding",
				"/api/v1/staff/{id}/offboarding/steps/{stepId}", "/staff", "/api/v1/staff");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		Actor victim = WorkforceFixtures.actor(victimOwner);
		UUID practiceId = victimOwner.practiceId();
		StaffMember person = this.service.add(victim,
				WorkforceFixtures.person("Victim Person", WorkforceType.EMPLOYEE));
		UUID id = person.id();
		UUID system = WorkforceFixtures.system(this.jdbc, practiceId, "Victim EHR", true);
		SystemAccount account = this.accounts.add(victim, id, WorkforceFixtures.account(system, "victim", true));
		Runnable unchanged = () -> {
			assertThat(this.workforce.accounts(practiceId, id)).singleElement().satisfies((a) -> {
				assertThat(a.username()).isEqualTo("victim");
				assertThat(a.enabled()).isTrue();
			});
			assertThat(this.workforce.systemsUsed(practiceId, id)).isEmpty();
			assertThat(count("select count(*) from wf_account where system_id = :id and practice_id <> :practice",
					system, practiceId))
				.isZero();
			assertThat(count("select count(*) from wf_system_use where system_id = :id and practice_id <> :practice",
					system, practiceId))
				.isZero();
			StaffMember now = this.workforce.member(practiceId, id);
			assertThat(now.name()).isEqualTo("Victim Person");
			assertThat(now.endedAt()).isNull();
			assertThat(count("select count(*) from wf_person where supervisor_id = :id and practice_id <> :practice",
					id, practiceId))
				.isZero();
			assertThat(count("select count(*) from wf_person where user_id = :id and practice_id <> :practice",
					victimOwner.userId(), practiceId))
				.isZero();
		};
		String json = "{\"name\": \"Stolen\", \"workforceType\": \"EMPLOYEE\"}";
		String accountJson = "{\"systemId\": \"" + system + "\", \"username\": \"x\", \"privilege\": \"USER\"}";
		UUID a = account.id();
		String departure = "{\"endedOn\": \"2025-06-10\", \"endedAt\": \"17:30\"}";
		UUID step = UUID.randomUUID();
		return List.of(Attempt.of("read the offboarding checklist", get("/staff/{id}/offboarding", id), unchanged),
				Attempt.of("record a departure",
						post("/staff/{id}/departure", id).param("endedOn", "2025-06-10").param("endedAt", "17:30"),
						unchanged),
				Attempt.of("mark a step done", post("/staff/{id}/offboarding/steps/{s}", id, step), unchanged),
				Attempt.of("read the checklist by API", get("/api/v1/staff/{id}/offboarding", id), unchanged),
				Attempt.of("record a departure by API",
						post("/api/v1/staff/{id}/offboarding", id).contentType(MediaType.APPLICATION_JSON)
							.content(departure),
						unchanged),
				Attempt.of("mark a step done by API", post("/api/v1/staff/{id}/offboarding/steps/{s}", id, step),
						unchanged),
				Attempt.of("open the account form", get("/staff/{id}/accounts/new", id), unchanged),
				Attempt.of("record an account",
						post("/staff/{id}/accounts", id).param("systemId", system.toString())
							.param("username", "x")
							.param("privilege", "USER"),
						unchanged),
				Attempt.of("open an account", get("/staff/{id}/accounts/{a}/edit", id, a), unchanged),
				Attempt.of("change an account",
						post("/staff/{id}/accounts/{a}", id, a).param("systemId", system.toString())
							.param("username", "x")
							.param("privilege", "USER")
							.param("disabledOn", "2020-01-01"),
						unchanged),
				Attempt.of("change the systems used",
						post("/staff/{id}/systems", id).param("systemIds", system.toString()), unchanged),
				Attempt.of("list accounts by API", get("/api/v1/staff/{id}/accounts", id), unchanged),
				Attempt.of("record an account by API",
						post("/api/v1/staff/{id}/accounts", id).contentType(MediaType.APPLICATION_JSON)
							.content(accountJson),
						unchanged),
				Attempt.of("change an account by API",
						put("/api/v1/staff/{id}/accounts/{a}", id, a).contentType(MediaType.APPLICATION_JSON)
							.content(accountJson),
						unchanged),
				Attempt.of("change the systems used by API",
						put("/api/v1/staff/{id}/systems", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"systemIds\": [\"" + system + "\"]}"),
						unchanged),
				Attempt.of("read a person", get("/staff/{id}", id), unchanged),
				Attempt.of("open the edit form", get("/staff/{id}/edit", id), unchanged),
				Attempt.of("change a person",
						post("/staff/{id}", id).param("name", "Stolen").param("workforceType", "EMPLOYEE"), unchanged),
				Attempt.of("read by API", get("/api/v1/staff/{id}", id), unchanged),
				Attempt.of("change by API",
						put("/api/v1/staff/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json), unchanged),
				// The victim's person and member inside the attacker's own records
				Attempt.of("supervised by the victim's person on the page",
						post("/staff").param("name", "Mine")
							.param("workforceType", "EMPLOYEE")
							.param("supervisorId", id.toString()),
						unchanged),
				Attempt.of("supervised by the victim's person by API",
						post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
							.content("{\"name\": \"Mine\", \"workforceType\": \"EMPLOYEE\", \"supervisorId\": \"" + id
									+ "\"}"),
						unchanged),
				Attempt.of("linked to the victim's member by API",
						post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
							.content("{\"name\": \"Mine\", \"workforceType\": \"EMPLOYEE\", \"userId\": \""
									+ victimOwner.userId() + "\"}"),
						unchanged));
	}

	private long count(String sql, UUID id, UUID practiceId) {
		return this.jdbc.sql(sql).param("id", id).param("practice", practiceId).query(Long.class).single();
	}

}
