/**
 * Identity: accounts, roles per practice, sign-in with a password and a second factor
 * (TOTP, passkey or recovery code), automatic logoff, lockout, API tokens, first-run
 * set-up and the account administration of a practice. Bulwark applies to itself the
 * technical safeguards it asks of practices (164.312(a)(2)(i) unique user identification,
 * (a)(2)(iii) automatic logoff, (d) person or entity authentication).
 * <p>
 * One account per person, installation-wide; what the person may do is held per practice
 * (membership and role). A practice controls only its own membership; the installation
 * administrator (the account created at set-up) resets the second factor of a person who
 * belongs to several practices.
 * <p>
 * Public API: {@link dev.bulwark.identity.Accounts} (members of a practice) and the
 * {@link dev.bulwark.identity.IdentityEvent}s (sign-ins, second factors, invitations,
 * roles, deactivations, API tokens), each also an audit entry.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "practice", "audit" })
package dev.bulwark.identity;

import org.springframework.modulith.ApplicationModule;
