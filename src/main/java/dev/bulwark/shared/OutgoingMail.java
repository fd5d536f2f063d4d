package dev.bulwark.shared;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP sender, when mail is configured for this run ({@code spring.mail.host}, or a
 * JNDI mail session). Modules ask here rather than for a {@link JavaMailSender} bean
 * directly: the server started by {@code bin/bulwark} uses bean definitions worked out at
 * build time (Spring AOT, ADR 0031), built as if mail were configured, so there the
 * sender bean exists even without a host, and only the run-time setting tells whether to
 * use it.
 */
@Component
public class OutgoingMail {

	private final ObjectProvider<JavaMailSender> sender;

	private final Environment environment;

	OutgoingMail(ObjectProvider<JavaMailSender> sender, Environment environment) {
		this.sender = sender;
		this.environment = environment;
	}

	/** The sender to use, or empty when no SMTP server is configured. */
	public Optional<JavaMailSender> sender() {
		if (!StringUtils.hasText(this.environment.getProperty("spring.mail.host"))
				&& !StringUtils.hasText(this.environment.getProperty("spring.mail.jndi-name"))) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.sender.getIfAvailable());
	}

	/** Whether e-mail can be sent in this run. */
	public boolean configured() {
		return sender().isPresent();
	}

}
