package dev.bulwark.training;

import dev.bulwark.identity.MemberSummary;
import dev.bulwark.shared.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a security reminder by e-mail over SMTP ({@code spring.mail.*}) when mail is
 * configured. Addresses and the text are never logged.
 */
@Component
class SecurityReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(SecurityReminderMailer.class);

	private final OutgoingMail mail;

	private final String from;

	SecurityReminderMailer(OutgoingMail mail, @Value("${bulwark.mail.from:bulwark@localhost}") String from) {
		this.mail = mail;
		this.from = from;
	}

	boolean configured() {
		return this.mail.configured();
	}

	/** Whether the mail server accepted the message. */
	boolean send(MemberSummary person, String practiceName, SecurityReminder reminder) {
		JavaMailSender sender = this.mail.sender().orElse(null);
		if (sender == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(person.email());
		message.setSubject("Security reminder: " + reminder.subject());
		message.setText("Hello " + person.displayName() + ",\n\n" + reminder.message() + "\n\n-- \nA security reminder "
				+ "from " + practiceName + "'s security officer, sent by Bulwark.\n");
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not send a security reminder e-mail: {}", ex.getClass().getSimpleName());
			return false;
		}
	}

}
