package dev.bulwark.identity;

import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person changes on their own account: their name, their password, their recovery
 * codes and passkeys. Sensitive changes ask for the current password again, so an
 * unattended signed-in screen is not enough. Every change is audited.
 */
@Service
class AccountSettings {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SecondFactors secondFactors;

	private final SessionTerminator sessions;

	private final IdentityAudit audit;

	private final PublicKeyCredentialUserEntityRepository passkeyUsers;

	private final UserCredentialRepository passkeys;

	AccountSettings(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			SecondFactors secondFactors, SessionTerminator sessions, IdentityAudit audit,
			PublicKeyCredentialUserEntityRepository passkeyUsers, UserCredentialRepository passkeys) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.secondFactors = secondFactors;
		this.sessions = sessions;
		this.audit = audit;
		this.passkeyUsers = passkeyUsers;
		this.passkeys = passkeys;
	}

	record NameForm(String displayName) {
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
	}

	/** Making new recovery codes asks for the password again. */
	record RecoveryCodesForm(String passwordForCodes) {
	}

	record PasskeyView(String id, String label, java.time.Instant created, java.time.Instant lastUsed) {
	}

	/** The name shown for the person on every page, list and report; audited. */
	@Transactional
	void rename(Actor actor, NameForm form) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		AccountFields.name(problems, "displayName", form.displayName(), "Enter your name.");
		problems.throwIfAny();
		UserAccount user = user(actor);
		String name = form.displayName().strip();
		if (name.equals(user.displayName())) {
			return;
		}
		this.users.updateDisplayName(user.id(), name);
		String person = IdentityAudit.person(this.users.findById(user.id()).orElseThrow());
		this.audit.forAccount(user.id(),
				(practiceId) -> new DisplayNameChanged(practiceId, user.id(), person, user.displayName(), name));
	}

	/**
	 * Shows or hides citations, catalog versions and the regulation's terms on this
	 * person's pages (nobody else's); audited like the person's other settings. Choosing
	 * what is already set changes and records nothing.
	 */
	@Transactional
	void showAuditorDetails(Actor actor, boolean shown) {
		UserAccount user = user(actor);
		if (this.users.auditorView(user.id()) == shown) {
			return;
		}
		this.users.updateAuditorView(user.id(), shown);
		this.audit.forAccount(user.id(),
				(practiceId) -> new AuditorViewChanged(practiceId, user.id(), IdentityAudit.person(user), shown));
	}

	boolean auditorView(Actor actor) {
		return this.users.auditorView(actor.userId());
	}

	/**
	 * Changes the password and ends every other session of the person: someone who knew
	 * the old password is out now.
	 * @return how many other sessions were ended
	 */
	@Transactional
	int changePassword(Actor actor, PasswordForm form, String currentSessionId) {
		UserAccount user = user(actor);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (form.currentPassword() == null
				|| !this.passwordEncoder.matches(form.currentPassword(), user.passwordHash())) {
			problems.add("currentPassword", "Your current password is not right.");
		}
		this.passwordPolicy.check(form.newPassword(), user.email(), user.displayName(), actor.practiceName())
			.ifPresent((reason) -> problems.add("newPassword", reason));
		if (form.newPassword() != null && !form.newPassword().equals(form.confirmPassword())) {
			problems.add("confirmPassword", "The two new passwords are not the same.");
		}
		problems.throwIfAny();
		this.users.updatePassword(user.id(), this.passwordEncoder.encode(form.newPassword()));
		int ended = this.sessions.endAllExcept(user.email(), currentSessionId);
		this.audit.forAccount(user.id(),
				(practiceId) -> new PasswordChanged(practiceId, user.id(), IdentityAudit.person(user), ended));
		return ended;
	}

	/** New recovery codes, to show once; the old ones stop working. */
	@Transactional
	List<String> regenerateRecoveryCodes(Actor actor, RecoveryCodesForm form) {
		UserAccount user = user(actor);
		if (form.passwordForCodes() == null
				|| !this.passwordEncoder.matches(form.passwordForCodes(), user.passwordHash())) {
			throw InvalidInputException.of("passwordForCodes", "Your current password is not right.");
		}
		return this.secondFactors.regenerateRecoveryCodes(user);
	}

	long remainingRecoveryCodes(Actor actor) {
		return this.secondFactors.remainingRecoveryCodes(actor.userId());
	}

	List<PasskeyView> passkeys(Actor actor) {
		PublicKeyCredentialUserEntity entity = this.passkeyUsers.findByUsername(actor.email());
		if (entity == null) {
			return List.of();
		}
		return this.passkeys.findByUserId(entity.getId())
			.stream()
			.map((CredentialRecord record) -> new PasskeyView(record.getCredentialId().toBase64UrlString(),
					record.getLabel(), record.getCreated(), record.getLastUsed()))
			.toList();
	}

	/** Removes one of the person's own passkeys (audited by the passkey store). */
	@Transactional
	void removePasskey(Actor actor, String credentialId) {
		boolean own = passkeys(actor).stream().anyMatch((passkey) -> passkey.id().equals(credentialId));
		if (!own) {
			throw NotFoundException.of("Passkey", credentialId);
		}
		this.passkeys.delete(Bytes.fromBase64(credentialId));
	}

	UserAccount user(Actor actor) {
		return this.users.findById(actor.userId()).orElseThrow();
	}

}
