package dev.bulwark.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filter for the audit trail view and export. Every field is optional.
 *
 * @param from first day (inclusive), a local date of the practice
 * @param to last day (inclusive), a local date of the practice
 * @param action action name or its beginning, e.g. {@code signin}
 * @param actor part of the actor's name or e-mail
 * @param objectType kind of object
 */
public record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String action, String actor, String objectType) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

	public String describe() {
		StringBuilder text = new StringBuilder();
		append(text, "from", this.from);
		append(text, "to", this.to);
		append(text, "action", this.action);
		append(text, "actor", this.actor);
		append(text, "object", this.objectType);
		return text.isEmpty() ? "no filter" : text.toString().trim();
	}

	private static void append(StringBuilder text, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			text.append(name).append('=').append(value).append(' ');
		}
	}

}
