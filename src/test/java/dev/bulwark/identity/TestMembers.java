package dev.bulwark.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.SecretBox;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Test fixture: practices and their members with a role, an enrolled authenticator (known
 * secret) and a known password, plus ways to act as them in MockMvc (a fully signed-in
 * session) or the API (a token). Every call creates new, uniquely named data, so tests
 * sharing a database never collide.
 */
@TestComponent
public class TestMembers {

	public static final String PASSWORD = "correct horse battery staple";

	private final Practices practices;

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final PasswordEncoder passwordEncoder;

	private final SecretBox secretBox;

	private final ApiTokens apiTokens;

	private final JdbcClient jdbc;

	private final Clock clock;

	private String passwordHash;

	TestMembers(Practices practices, UserAccountRepository users, MembershipRepository memberships,
			PasswordEncoder passwordEncoder, SecretBox secretBox, ApiTokens apiTokens, JdbcClient jdbc, Clock clock) {
		this.practices = practices;
		this.users = users;
		this.memberships = memberships;
		this.passwordEncoder = passwordEncoder;
		this.secretBox = secretBox;
		this.apiTokens = apiTokens;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A member of a brand-new practice. */
	@Transactional
	public TestMember newPractice(Role role) {
		markInstallationSetUp();
		PracticeDetails practice = this.practices.create("Practice " + UUID.randomUUID().toString().substring(0, 8));
		return addMember(practice, role);
	}

	/** Another member of the same practice as {@code colleague}. */
	@Transactional
	public TestMember colleague(TestMember colleague, Role role) {
		return addMember(this.practices.get(colleague.practiceId()), role);
	}

	/** Gives an existing member a role in another practice too (MSP staff). */
	@Transactional
	public TestMember alsoIn(TestMember member, TestMember practiceOf, Role role) {
		this.memberships.insert(practiceOf.practiceId(), member.userId(), role, this.clock.instant());
		return new TestMember(member.userId(), member.email(), member.totpSecret(), practiceOf.practiceId(),
				practiceOf.practiceName(), role);
	}

	/**
	 * Makes the member an installation administrator (as the account created at set-up
	 * is).
	 */
	public TestMember installationAdmin(TestMember member) {
		this.users.grantInstallationAdmin(member.userId());
		return member;
	}

	/**
	 * Switches "Show auditor details" on for the member: their pages show citations and
	 * the regulation's own terms.
	 */
	public TestMember showAuditorDetails(TestMember member) {
		this.users.updateAuditorView(member.userId(), true);
		return member;
	}

	/** A personal API token for the member in their practice. */
	public String apiToken(TestMember member) {
		return this.apiTokens.create(member.practiceId(), member.userId(), member.email(), "test", 30).token();
	}

	private TestMember addMember(PracticeDetails practice, Role role) {
		UUID userId = UUID.randomUUID();
		String email = role.name().toLowerCase() + "-" + userId.toString().substring(0, 8) + "@example.test";
		this.users.insert(userId, email, "Test " + role.label(), passwordHash(), this.clock.instant());
		byte[] secret = Totp.newSecret();
		this.users.saveTotp(userId, this.secretBox.seal(secret, SecondFactors.aad(userId)), this.clock.instant(), 0);
		this.memberships.insert(practice.id(), userId, role, this.clock.instant());
		return new TestMember(userId, email, secret, practice.id(), practice.name(), role);
	}

	private String passwordHash() {
		if (this.passwordHash == null) {
			this.passwordHash = this.passwordEncoder.encode(PASSWORD);
		}
		return this.passwordHash;
	}

	/** Browser tests and sign-in pages need an installation that has been set up. */
	private void markInstallationSetUp() {
		if (this.jdbc.sql("select count(*) from installation").query(Long.class).single() == 0) {
			this.jdbc.sql("insert into installation (id, set_up_at) values (1, :now)")
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
	}

	/**
	 * A member of a practice, as tests see them.
	 */
	public record TestMember(UUID userId, String email, byte[] totpSecret, UUID practiceId, String practiceName,
			Role role) {

		public String password() {
			return PASSWORD;
		}

		/** The member's name, as the fixture creates it. */
		public String displayName() {
			return "Test " + this.role.label();
		}

		/** The member acting in this practice, for calling facades directly. */
		public Actor actor() {
			return new Actor(this.userId, this.email, displayName(), this.practiceId, this.practiceName, this.role,
					false, java.time.ZoneOffset.UTC);
		}

		/** The authenticator code valid now. */
		public String currentCode() {
			return Totp.codeAt(this.totpSecret, Instant.now());
		}

		/**
		 * The authenticator code of the next time step: a second sign-in within the same
		 * 30 seconds cannot reuse the current one.
		 */
		public String nextCode() {
			return Totp.codeAt(this.totpSecret, Instant.now().plusSeconds(30));
		}

		public String totpSecretBase32() {
			return Totp.base32(this.totpSecret);
		}

		/**
		 * A fully signed-in browser session (password and authenticator code) in the
		 * member's practice.
		 */
		public RequestPostProcessor signedIn() {
			UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(this.email,
					null, List.of(FactorGrantedAuthority.fromAuthority(Factors.PASSWORD),
							FactorGrantedAuthority.fromAuthority(Factors.TOTP)));
			// The practice is found from the membership (a member of several practices
			// works in the one they
			// used last); switching practices is tested through real sessions
			// (WebSession).
			return authentication(token);
		}

		/** A session that has given the password only. */
		public RequestPostProcessor passwordOnly() {
			UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(this.email,
					null, List.of(FactorGrantedAuthority.fromAuthority(Factors.PASSWORD)));
			return authentication(token);
		}

	}

}
