package dev.bulwark.identity;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened to accounts and access: sign-ins, second factors, invitations, roles,
 * deactivations, API tokens. Each is an entry of the audit trail. Events about a person's
 * own account (a sign-in, a new authenticator) are published once for every practice the
 * person actively belongs to, so each practice's security officer sees what happened to
 * their people; {@code practiceId} is the practice whose trail the entry joins
 * ({@code null}: the installation's). Summaries carry names and e-mail addresses, never
 * passwords, codes, secrets or tokens.
 */
public sealed interface IdentityEvent extends AuditableEvent permits SignedIn, SignInFailed, SignInRefusedLocked,
		AccountLocked, SecondFactorFailed, PasskeySignInFailed, AuthenticatorEnrolled, RecoveryCodeUsed,
		RecoveryCodesRegenerated, PasskeyAdded, PasskeyRemoved, PasswordChanged, DisplayNameChanged, SetupCompleted,
		InvitationAccepted, RoleChanged, MemberDeactivated, MemberReactivated, SecondFactorReset, InvitationSent,
		InvitationWithdrawn, ApiTokenCreated, ApiTokenRevoked, MspAccessGranted, MspAccessRemoved, MspRoleGranted,
		MspRoleChanged, MspRoleRemoved, PracticeSwitched, AuditorViewChanged {

}
