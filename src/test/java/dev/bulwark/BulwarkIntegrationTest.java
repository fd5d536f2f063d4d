package dev.bulwark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.bulwark.identity.TestMembers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A whole-application test on the test database (H2, or PostgreSQL in the second pass)
 * with MockMvc and the {@link TestMembers} fixture. Tests sharing this annotation share
 * one Spring context and database, so they create their own practices and never assume an
 * empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestMembers.class)
public @interface BulwarkIntegrationTest {

}
