package dev.bulwark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.bulwark.identity.TestMembers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The one served application (random port) that browser tests share. Starting a server
 * and its database per browser test class cost a context each; tests under this
 * annotation create their own practice with {@link TestMembers#newPractice} and never
 * assume an empty installation. Tests that need one (first-run set-up) keep their own
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestMembers.class)
@TestPropertySource(properties = "bulwark.test.context=browser")
public @interface SharedBrowserContext {

}
