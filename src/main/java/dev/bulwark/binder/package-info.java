/**
 * The audit binder: one action exports everything an auditor asks for as a ZIP (an index
 * page in HTML and PDF, every module's {@link dev.bulwark.shared.BinderSection}, and a
 * manifest of SHA-256 checksums that {@code sha256sum -c} checks).
 * <p>
 * An export is prepared in the background (a large practice's binder takes seconds, and
 * several people may ask at once: a small bounded pool prepares them, the rest wait or
 * are told to try again), kept sealed with the installation's master key in the database
 * for 24 hours so that any node can serve the download, and then deleted on the
 * practice's daily tick. Starting, completing and downloading an export are audited.
 */
@ApplicationModule(displayName = "Audit binder", allowedDependencies = { "shared", "practice" })
package dev.bulwark.binder;

import org.springframework.modulith.ApplicationModule;
