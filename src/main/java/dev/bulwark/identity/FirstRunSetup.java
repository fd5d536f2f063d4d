package dev.bulwark.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.TimeZones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First-run set-up: the first practice and its security officer. It can happen exactly
 * once per installation; the {@code installation} row's primary key makes a second
 * attempt fail even when two race.
 */
@Service
class FirstRunSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

	private final JdbcClient jdbc;

	private final Practices practices;

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FirstRunSetup(JdbcClient jdbc, Practices practices, UserAccountRepository users, MembershipRepository memberships,
			PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.practices = practices;
		this.users = users;
		this.memberships = memberships;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.clock = clock;
	}

	boolean done() {
		return this.jdbc.sql("select count(*) from installation").query(Long.class).single() > 0;
	}

	record Result(UUID practiceId, UUID userId, String email) {
	}

	/**
	 * Creates the practice, in the given time zone, and its security officer.
	 * @param timeZone a time-zone name such as {@code America/Chicago}
	 * @throws AccountException naming the field at fault, or with field {@code null} if
	 * already set up
	 */
	@Transactional
	Result run(String practiceName, String timeZone, String adminName, String email, String password) {
		if (done()) {
			throw new AccountException(null, "Bulwark is already set up. Sign in instead.");
		}
		String normalizedEmail = UserAccountRepository.normalizeEmail(email);
		Validation.requireText("practiceName", practiceName, "Enter the practice's name.", 200);
		Validation.requireText("name", adminName, "Enter your name.", 200);
		Validation.requireEmail("email", normalizedEmail);
		this.passwordPolicy.check(password, normalizedEmail, adminName, practiceName).ifPresent((reason) -> {
			throw new AccountException("password", reason);
		});
		ZoneId zone = TimeZones.parse(timeZone)
			.orElseThrow(() -> new AccountException("timeZone", TimeZones.problem(timeZone)));
		try {
			this.jdbc.sql("insert into installation (id, set_up_at) values (1, :now)")
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AccountException(null, "Bulwark is already set up. Sign in instead.");
		}
		PracticeDetails practice = this.practices.create(practiceName, zone);
		UUID userId = UUID.randomUUID();
		this.users.insert(userId, normalizedEmail, adminName, this.passwordEncoder.encode(password),
				this.clock.instant());
		this.memberships.insert(practice.id(), userId, Role.SECURITY_OFFICER, this.clock.instant());
		this.events.publishEvent(
				AuditEvent
					.of(practice.id(), "setup.completed", "user", userId,
							"First-run set-up: practice and security officer created")
					.by(userId, normalizedEmail));
		log.info("First-run set-up completed for practice {}", practice.id());
		return new Result(practice.id(), userId, normalizedEmail);
	}

}
