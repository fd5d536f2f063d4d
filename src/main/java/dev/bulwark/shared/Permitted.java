package dev.bulwark.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call an endpoint, as a {@link Permission} of the one permission table. The
 * signed-in person's role grants permission authorities ({@code PERM_...}) on every
 * request, so a role change applies at once; {@code hasAuthority} also carries the
 * second-factor requirement every rule has.
 * <p>
 * Every controller method carries this, {@link SignedIn} or {@link PublicEndpoint}
 * (checked by {@code ArchitectureTests}, which also checks that a mutating mapping
 * carries a {@link Permission.Access#WRITE} permission).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('PERM_{value}')")
public @interface Permitted {

	Permission value();

}
