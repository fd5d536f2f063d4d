package dev.bulwark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Practices for module tests ({@code @ApplicationModuleTest}), where the practice module
 * does not start: the practice row goes in with {@link JdbcClient} (the module's tables
 * reference it), the acting person is built by hand, and a mocked {@code Practices}
 * answers with {@link #details}. Page and browser tests use
 * {@code TestMembers.newPractice(...)} instead.
 */
public final class TestPractices {

	/** The practice's name on the actors and details made here. */
	public static final String NAME = "Maple Dental";

	private TestPractices() {
	}

	/**
	 * Inserts a practice row named "Practice &lt;id&gt;" (unique, as the table requires).
	 * @return the new practice's id
	 */
	public static UUID insert(JdbcClient jdbc, Instant createdAt, ZoneId zone, boolean nprm) {
		UUID practiceId = UUID.randomUUID();
		jdbc.sql("""
				insert into practice (id, name, name_key, created_at, idle_timeout_minutes, time_zone, nprm_mode)
				values (:id, :name, :name, :now, 15, :zone, :nprm)""")
			.param("id", practiceId)
			.param("name", "Practice " + practiceId)
			.param("now", Timestamp.from(createdAt))
			.param("zone", zone.getId())
			.param("nprm", nprm)
			.update();
		return practiceId;
	}

	/** The practice's security officer, Pat Officer, with a new user id. */
	public static Actor officer(UUID practiceId, ZoneId zone) {
		return actor(practiceId, Role.SECURITY_OFFICER, zone);
	}

	/** Pat Officer in the given role, with a new user id. */
	public static Actor actor(UUID practiceId, Role role, ZoneId zone) {
		return new Actor(UUID.randomUUID(), "officer@example.test", "Pat Officer", practiceId, NAME, role, false, zone);
	}

	/**
	 * What a mocked {@code Practices.get(practiceId)} answers for a practice made here.
	 */
	public static PracticeDetails details(UUID practiceId, Instant createdAt, boolean nprm, ZoneId zone) {
		return new PracticeDetails(practiceId, NAME, createdAt, 15, nprm, "3x3", zone);
	}

}
