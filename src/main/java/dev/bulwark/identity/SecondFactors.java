package dev.bulwark.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import dev.bulwark.shared.SecretBox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors: TOTP enrolment and verification, recovery codes, and resetting them
 * all.
 * <p>
 * Wrong codes are throttled rather than locking the account: after five wrong codes in a
 * row, codes are refused for 30 seconds, doubling with every further failure up to 15
 * minutes. Someone who knows only the password can therefore slow the real user down for
 * minutes at most, never lock them out for long, while guessing a 6-digit code stays
 * hopeless.
 */
@Service
class SecondFactors {

	static final int RECOVERY_CODE_COUNT = 10;

	private static final int FREE_ATTEMPTS = 5;

	private static final Duration FIRST_BLOCK = Duration.ofSeconds(30);

	private static final Duration MAX_BLOCK = Duration.ofMinutes(15);

	private final UserAccountRepository users;

	private final RecoveryCodeRepository recoveryCodes;

	private final SecretBox secretBox;

	private final IdentityAudit audit;

	private final Clock clock;

	private final JdbcClient jdbc;

	SecondFactors(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, SecretBox secretBox,
			IdentityAudit audit, Clock clock, JdbcClient jdbc) {
		this.users = users;
		this.recoveryCodes = recoveryCodes;
		this.secretBox = secretBox;
		this.audit = audit;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	enum Outcome {

		ACCEPTED, WRONG, THROTTLED

	}

	/**
	 * Confirms a new authenticator: stores its secret (encrypted) and issues fresh
	 * recovery codes.
	 * @return the recovery codes to show once, or an empty list if the code did not match
	 */
	@Transactional
	List<String> confirmTotp(UserAccount user, byte[] secret, String code) {
		OptionalLong step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			return List.of();
		}
		this.users.saveTotp(user.id(), this.secretBox.seal(secret, aad(user.id())), this.clock.instant(),
				step.getAsLong());
		List<String> codes = issueRecoveryCodes(user.id());
		this.audit.forAccount(user.id(), (practiceId) -> new AuthenticatorEnrolled(practiceId, user.id(),
				IdentityAudit.person(user), codes.size(), false));
		return codes;
	}

	record Enrolment(String otpauthUri, String secret, List<String> recoveryCodes) {
	}

	/**
	 * Enrols an authenticator without a confirming code, for headless set-up where the
	 * secret is handed to the person on the console.
	 */
	@Transactional
	Enrolment enrolUnconfirmed(UserAccount user) {
		byte[] secret = Totp.newSecret();
		long step = this.clock.instant().getEpochSecond() / Totp.STEP.getSeconds();
		// No step used yet as far as replay protection goes: any currently valid code is
		// accepted.
		this.users.saveTotp(user.id(), this.secretBox.seal(secret, aad(user.id())), this.clock.instant(), step - 2);
		List<String> codes = issueRecoveryCodes(user.id());
		this.audit.forAccount(user.id(), (practiceId) -> new AuthenticatorEnrolled(practiceId, user.id(),
				IdentityAudit.person(user), codes.size(), true));
		return new Enrolment(Totp.otpauthUri(secret, "Bulwark", user.email()), Totp.grouped(secret), codes);
	}

	@Transactional(noRollbackFor = RuntimeException.class)
	Outcome verifyTotp(UserAccount user, String code) {
		Instant now = this.clock.instant();
		if (user.codesBlockedAt(now)) {
			return Outcome.THROTTLED;
		}
		if (!user.hasTotp()) {
			return recordWrongCode(user, "totp");
		}
		byte[] secret = this.secretBox.open(user.totpSecret(), aad(user.id()));
		OptionalLong step = Totp.matchingStep(secret, code, now);
		if (step.isEmpty() || !this.users.acceptTotpStep(user.id(), step.getAsLong())) {
			return recordWrongCode(user, "totp");
		}
		return Outcome.ACCEPTED;
	}

	@Transactional(noRollbackFor = RuntimeException.class)
	Outcome useRecoveryCode(UserAccount user, String code) {
		Instant now = this.clock.instant();
		if (user.codesBlockedAt(now)) {
			return Outcome.THROTTLED;
		}
		String normalized = Hashing.normalizeCode(code);
		if (normalized.isEmpty() || !this.recoveryCodes.consume(user.id(), Hashing.sha256(normalized), now)) {
			return recordWrongCode(user, "recovery code");
		}
		long left = this.recoveryCodes.remaining(user.id());
		this.audit.forAccount(user.id(),
				(practiceId) -> new RecoveryCodeUsed(practiceId, user.id(), IdentityAudit.person(user), left));
		return Outcome.ACCEPTED;
	}

	long remainingRecoveryCodes(UUID userId) {
		return this.recoveryCodes.remaining(userId);
	}

	@Transactional
	List<String> regenerateRecoveryCodes(UserAccount user) {
		List<String> codes = issueRecoveryCodes(user.id());
		this.audit.forAccount(user.id(),
				(practiceId) -> new RecoveryCodesRegenerated(practiceId, user.id(), IdentityAudit.person(user)));
		return codes;
	}

	/**
	 * Removes the authenticator, recovery codes and passkeys; the person enrols again at
	 * next sign-in.
	 */
	@Transactional
	void resetAll(UUID userId, String email) {
		this.users.clearSecondFactors(userId);
		this.recoveryCodes.deleteAll(userId);
		this.jdbc
			.sql("delete from user_credentials where user_entity_user_id in "
					+ "(select id from user_entities where name = :name)")
			.param("name", email)
			.update();
	}

	private List<String> issueRecoveryCodes(UUID userId) {
		List<String> codes = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODE_COUNT; i++) {
			String code = Hashing.readableCode(4);
			codes.add(code);
			hashes.add(Hashing.sha256(Hashing.normalizeCode(code)));
		}
		this.recoveryCodes.replace(userId, hashes, this.clock.instant());
		return codes;
	}

	private Outcome recordWrongCode(UserAccount user, String kind) {
		int failures = user.failedCodes() + 1;
		Instant blockedUntil = null;
		if (failures >= FREE_ATTEMPTS) {
			long factor = 1L << Math.min(failures - FREE_ATTEMPTS, 10);
			Duration block = FIRST_BLOCK.multipliedBy(factor);
			blockedUntil = this.clock.instant().plus(block.compareTo(MAX_BLOCK) > 0 ? MAX_BLOCK : block);
		}
		this.users.recordFailedCode(user.id(), failures, blockedUntil);
		boolean paused = blockedUntil != null;
		this.audit.forAccount(user.id(), (practiceId) -> new SecondFactorFailed(practiceId, user.id(),
				IdentityAudit.person(user), kind, failures, paused));
		return Outcome.WRONG;
	}

	/**
	 * Binds a sealed TOTP secret to its account, so a secret copied to another row does
	 * not decrypt.
	 */
	static String aad(UUID userId) {
		return "totp:" + userId;
	}

}
