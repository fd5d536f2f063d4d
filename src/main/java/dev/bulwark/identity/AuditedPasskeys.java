package dev.bulwark.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's passkey store, with the audit trail: a new passkey and a removed one
 * are recorded whichever way they happen (the account page or Spring Security's own
 * registration endpoints). Saves that only update a known passkey after a sign-in (its
 * counter and last use) are not recorded; the sign-in is.
 */
class AuditedPasskeys implements UserCredentialRepository {

	private final UserCredentialRepository delegate;

	private final PublicKeyCredentialUserEntityRepository passkeyUsers;

	private final UserAccountRepository users;

	private final IdentityAudit audit;

	AuditedPasskeys(UserCredentialRepository delegate, PublicKeyCredentialUserEntityRepository passkeyUsers,
			UserAccountRepository users, IdentityAudit audit) {
		this.delegate = delegate;
		this.passkeyUsers = passkeyUsers;
		this.users = users;
		this.audit = audit;
	}

	@Override
	public void save(CredentialRecord record) {
		boolean added = this.delegate.findByCredentialId(record.getCredentialId()) == null;
		this.delegate.save(record);
		if (added) {
			owner(record)
				.ifPresent((user) -> this.audit.forAccount(user.id(), (practiceId) -> new PasskeyAdded(practiceId,
						user.id(), IdentityAudit.person(user), label(record))));
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		CredentialRecord record = this.delegate.findByCredentialId(credentialId);
		this.delegate.delete(credentialId);
		if (record != null) {
			owner(record)
				.ifPresent((user) -> this.audit.forAccount(user.id(), (practiceId) -> new PasskeyRemoved(practiceId,
						user.id(), IdentityAudit.person(user), label(record))));
		}
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.delegate.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.delegate.findByUserId(userId);
	}

	private Optional<UserAccount> owner(CredentialRecord record) {
		PublicKeyCredentialUserEntity entity = this.passkeyUsers.findById(record.getUserEntityUserId());
		return entity == null ? Optional.empty() : this.users.findByEmail(entity.getName());
	}

	private static String label(CredentialRecord record) {
		String label = record.getLabel();
		return label == null || label.isBlank() ? "unnamed" : label.strip();
	}

}
