package dev.bulwark.workforce;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.FormErrors;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.BindingResult;

/** The acting person, people of the roster, and form errors as people read them. */
final class WorkforceFixtures {

	private WorkforceFixtures() {
	}

	/** A test member acting in their practice (whose time zone is the server's). */
	static Actor actor(TestMember member) {
		return new Actor(member.userId(), member.email(), "Test " + member.role().label(), member.practiceId(),
				member.practiceName(), member.role(), false, null);
	}

	static StaffForm person(String name, WorkforceType type) {
		return new StaffForm(name, "Front desk", type, LocalDate.of(2024, 3, 1), null, null, false, null, null);
	}

	/** A system of the inventory, inserted as the inventory would store it. */
	static UUID system(JdbcClient jdbc, UUID practiceId, String name, boolean ephi) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into inv_asset (practice_id, id, name, kind, ephi, encryption, mfa, backed_up, patch_status,
				    anti_malware, status, created_at, updated_at)
				values (:practice, :id, :name, 'CLOUD_SERVICE', :ephi, 'UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN',
				    'UNKNOWN', 'IN_USE', :now, :now)""")
			.param("practice", practiceId)
			.param("id", id)
			.param("name", name)
			.param("ephi", ephi ? "STORES" : "NONE")
			.param("now", Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")))
			.update();
		return id;
	}

	static AccountForm account(UUID systemId, String username, boolean mfa) {
		return new AccountForm(systemId, username, Privilege.USER, mfa, null);
	}

	static BindingResult bindingResult(MvcTestResult result, String name) {
		return FormErrors.bindingResult(result, name);
	}

	/** Each field's message as the person reads it. */
	static Map<String, String> fieldErrors(MvcTestResult result, String name) {
		return FormErrors.fieldErrors(result, name);
	}

}
