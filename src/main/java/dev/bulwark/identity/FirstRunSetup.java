package dev.bulwark.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;
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
 * First-run set-up: the first practice and its security officer, who is also the
 * installation administrator. It can happen exactly once per installation; the
 * {@code installation} row's primary key makes a second attempt fail even when two race.
 */
@Service
class FirstRunSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

	static final String ALREADY_SET_UP = "Bulwark is already set up. Sign in instead.";

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

	/**
	 * What set-up asks for.
	 *
	 * @param confirmPassword the password typed again ({@code null} where it is not
	 * asked, on the command line)
	 * @param setupCodeAccepted whether the person may run set-up (on the server, or with
	 * the logged code)
	 */
	record Request(String practiceName, String timeZone, String name, String email, String password,
			String confirmPassword, boolean setupCodeAccepted) {

	}

	record Result(UUID practiceId, UUID userId, String email) {
	}

	/**
	 * Creates the practice and its security officer.
	 * @throws InvalidInputException with every field's problem at once
	 * @throws StateConflictException if Bulwark is already set up
	 */
	@Transactional
	Result run(Request request) {
		if (done()) {
			throw StateConflictException.of(ALREADY_SET_UP);
		}
		String email = UserAccountRepository.normalizeEmail(request.email());
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(!request.setupCodeAccepted(), "setupCode",
				"Enter the set-up code printed in the server's log when Bulwark started.");
		AccountFields.name(problems, "practiceName", request.practiceName(), "Enter the practice's name.");
		// No zone given (headless set-up without --time-zone): the server's own.
		String zoneName = (request.timeZone() != null) ? request.timeZone() : TimeZones.serverDefault().getId();
		ZoneId zone = TimeZones.parse(zoneName).orElse(null);
		problems.addIf(zone == null, "timeZone", TimeZones.problem(zoneName));
		AccountFields.name(problems, "name", request.name(), "Enter your name.");
		AccountFields.email(problems, "email", email);
		this.passwordPolicy.check(request.password(), email, request.name(), request.practiceName())
			.ifPresent((reason) -> problems.add("password", reason));
		if (request.confirmPassword() != null && request.password() != null
				&& !request.confirmPassword().equals(request.password())) {
			problems.add("confirmPassword", "The two passwords are not the same.");
		}
		problems.throwIfAny();
		try {
			this.jdbc.sql("insert into installation (id, set_up_at) values (1, :now)")
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw StateConflictException.of(ALREADY_SET_UP);
		}
		PracticeDetails practice = this.practices.create(request.practiceName(), zone);
		UUID userId = UUID.randomUUID();
		this.users.insert(userId, email, request.name(), this.passwordEncoder.encode(request.password()),
				this.clock.instant());
		this.users.grantInstallationAdmin(userId);
		this.memberships.insert(practice.id(), userId, Role.SECURITY_OFFICER, this.clock.instant());
		UserAccount user = this.users.findById(userId).orElseThrow();
		this.events.publishEvent(new SetupCompleted(practice.id(), userId, IdentityAudit.person(user)));
		log.info("First-run set-up completed for practice {}", practice.id());
		return new Result(practice.id(), userId, email);
	}

}
