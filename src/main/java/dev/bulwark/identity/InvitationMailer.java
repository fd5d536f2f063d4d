package dev.bulwark.identity;

import dev.bulwark.shared.OutgoingMail;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends invitation e-mails over SMTP when mail is configured ({@code spring.mail.host});
 * otherwise the security officer hands the link over. The link itself is never logged.
 */
@Component
class InvitationMailer {

	private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

	private final OutgoingMail mail;

	private final String from;

	private final String publicUrl;

	InvitationMailer(OutgoingMail mail, @Value("${bulwark.mail.from:bulwark@localhost}") String from,
			@Value("${bulwark.security.public-url:}") String publicUrl) {
		this.mail = mail;
		this.from = from;
		this.publicUrl = publicUrl;
	}

	boolean configured() {
		return this.mail.configured();
	}

	String link(HttpServletRequest request, String token) {
		String base = this.publicUrl.isBlank() ? request.getScheme() + "://" + request.getServerName() + ":"
				+ request.getServerPort() + request.getContextPath() : this.publicUrl.replaceAll("/+$", "");
		return base + "/invite/" + token;
	}

	/**
	 * The link without a request (command line, API): the configured public address, or
	 * else the path alone.
	 */
	String link(String token) {
		return this.publicUrl.replaceAll("/+$", "") + "/invite/" + token;
	}

	boolean send(InvitationDetails invitation, String link, String invitedBy) {
		JavaMailSender sender = this.mail.sender().orElse(null);
		if (sender == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(invitation.email());
		message.setSubject("You are invited to " + invitation.practiceName() + " on Bulwark");
		message.setText("""
				Hello %s,

				%s invited you to join %s on Bulwark, the practice's security compliance workspace, as %s.

				Open this link within 7 days to create your own account:
				%s

				You will choose a password and set up an authenticator app on your phone.
				If you did not expect this invitation, you can ignore this e-mail.
				""".formatted(invitation.name() == null ? "" : invitation.name(), invitedBy, invitation.practiceName(),
				invitation.role().label(), link));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not send an invitation e-mail: {}", ex.getClass().getSimpleName());
			return false;
		}
	}

}
