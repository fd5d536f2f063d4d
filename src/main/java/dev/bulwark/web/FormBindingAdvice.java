package dev.bulwark.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form and query parameter turns text into values, in one place:
 * <ul>
 * <li>blank text becomes {@code null} and surrounding spaces are removed, so no form
 * needs its own clean-up (passwords are kept exactly as typed);</li>
 * <li>text with a NUL character is refused (PostgreSQL cannot store it, H2 would), and so
 * is a date outside the years {@value EdgeValues#MIN_YEAR}-{@value EdgeValues#MAX_YEAR},
 * as a field error with a plain message from {@code messages.properties}.</li>
 * </ul>
 */
@ControllerAdvice
class FormBindingAdvice {

	@InitBinder
	void bind(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextEditor(true));
		binder.registerCustomEditor(LocalDate.class, new DateEditor());
		ResolvableType target = binder.getTargetType();
		Class<?> type = (target != null) ? target.resolve()
				: (binder.getTarget() != null ? binder.getTarget().getClass() : null);
		if (type != null && type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				if (component.getType() == String.class && isSecret(component.getName())) {
					binder.registerCustomEditor(String.class, component.getName(), new TextEditor(false));
				}
			}
		}
	}

	static boolean isSecret(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.contains("password") || lower.contains("passphrase");
	}

	/** Blank to null; optionally strips surrounding whitespace; refuses NUL. */
	static final class TextEditor extends PropertyEditorSupport {

		private final boolean strip;

		TextEditor(boolean strip) {
			this.strip = strip;
		}

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			EdgeValues.requireStorable(text);
			setValue(this.strip ? text.strip() : text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	/** ISO dates (what a date field sends), within the years Bulwark accepts. */
	static final class DateEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			try {
				setValue(EdgeValues.requirePlausible(LocalDate.parse(text.strip())));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new IllegalArgumentException("Not an ISO date");
			}
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
