/**
 * Identity: accounts, roles per practice, sign-in with a password and a second factor
 * (TOTP, passkey or recovery code), automatic logoff, lockout, API tokens, first-run
 * set-up and the account administration of a practice. Bulwark applies to itself the
 * technical safeguards it asks of practices (164.312(a)(2)(i) unique user identification,
 * (a)(2)(iii) automatic logoff, (d) person or entity authentication).
 * <p>
 * Public API: {@link dev.bulwark.identity.Accounts}.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "practice", "audit" })
package dev.bulwark.identity;

import org.springframework.modulith.ApplicationModule;
