package dev.bulwark.calendar;

import java.time.LocalDate;
import java.util.List;

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
 * Writes and sends reminder e-mails over SMTP ({@code spring.mail.*}: host, port, user,
 * TLS) when mail is configured. Messages name tasks and dates, never patients; addresses
 * are never logged.
 */
@Component
class ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

	private final OutgoingMail mail;

	private final String from;

	private final String publicUrl;

	ReminderMailer(OutgoingMail mail, @Value("${bulwark.mail.from:bulwark@localhost}") String from,
			@Value("${bulwark.security.public-url:}") String publicUrl) {
		this.mail = mail;
		this.from = from;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	boolean configured() {
		return this.mail.configured();
	}

	boolean sendReminders(MemberSummary person, String practiceName, List<TaskSummary> tasks, List<String> kinds) {
		long overdue = kinds.stream()
			.filter((k) -> k.equals(Reminders.OVERDUE) || k.equals(Reminders.ESCALATION))
			.count();
		String subject = (overdue > 0) ? "Overdue: " + count(tasks.size()) + " at " + practiceName
				: "Coming due: " + count(tasks.size()) + " at " + practiceName;
		StringBuilder body = new StringBuilder("Hello " + person.displayName() + ",\n\n");
		body.append("Here is what needs your attention in ").append(practiceName).append("'s compliance calendar:\n\n");
		for (int i = 0; i < tasks.size(); i++) {
			TaskSummary task = tasks.get(i);
			body.append("- ").append(heading(kinds.get(i), task)).append(": ").append(task.title()).append('\n');
			body.append("  Due ").append(task.dueOn()).append(" | ").append(task.basisLabel());
			if (Reminders.ESCALATION.equals(kinds.get(i))) {
				body.append(" | given to ").append(task.ownerName());
			}
			body.append('\n').append("  ").append(link(task.link())).append("\n\n");
		}
		body.append("You can change when you get reminders under \"Reminders and feed\" in Bulwark.\n");
		return send(person.email(), subject, body.toString());
	}

	boolean sendDigest(MemberSummary person, String practiceName, LocalDate weekOf, List<TaskSummary> tasks) {
		StringBuilder body = new StringBuilder("Hello " + person.displayName() + ",\n\n");
		body.append("The week of ")
			.append(weekOf)
			.append(" in ")
			.append(practiceName)
			.append("'s compliance calendar: what is overdue and what comes due in the next ")
			.append(Reminders.DIGEST_DAYS)
			.append(" days.\n\n");
		for (TaskSummary task : tasks) {
			body.append("- ")
				.append(task.dueOn())
				.append(task.overdue() ? " (overdue) " : " ")
				.append(task.title())
				.append(" | ")
				.append(task.basisLabel())
				.append(" | ")
				.append(task.ownerName())
				.append('\n');
		}
		body.append("\n").append(link("/tasks")).append('\n');
		return send(person.email(), "Weekly compliance digest: " + count(tasks.size()) + " at " + practiceName,
				body.toString());
	}

	private boolean send(String to, String subject, String text) {
		JavaMailSender sender = this.mail.sender().orElse(null);
		if (sender == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not send a reminder e-mail: {}", ex.getClass().getSimpleName());
			return false;
		}
	}

	private static String heading(String kind, TaskSummary task) {
		return switch (kind) {
			case Reminders.OVERDUE -> "Overdue";
			case Reminders.ESCALATION -> "Overdue (escalated to you)";
			case Reminders.DUE -> "Due today";
			default -> "Coming up";
		};
	}

	private String link(String path) {
		return this.publicUrl.isEmpty() ? "Open Bulwark: " + path : this.publicUrl + path;
	}

	private static String count(int tasks) {
		return tasks + ((tasks == 1) ? " task" : " tasks");
	}

}
