package dev.bulwark.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * For the second-factor pages only: the password has been given, the second factor not
 * yet. Checked by a bean rather than {@code hasAuthority(...)}, because every built-in
 * rule also demands the second factor and would send the person back to the very page
 * they are on.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@passwordStep.given(authentication)")
@interface PasswordStepOnly {

}
