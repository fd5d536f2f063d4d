package dev.bulwark.web;

import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * The API's JSON bodies refuse the same edge values as forms ({@link EdgeValues}): text
 * with a NUL character and dates outside 1900-2199 fail to read, and the API answers 400
 * naming the field. Text properties arrive stripped, and blank as {@code null}, as form
 * fields do.
 */
@Component
class EdgeValuesModule extends SimpleModule {

	static final String NUL_MESSAGE = "Text may not contain a NUL character.";

	static final String DATE_MESSAGE = "Dates must be between 1900 and 2199, written as year-month-day.";

	EdgeValuesModule() {
		super("bulwark-edge-values");
		setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				Class<?> type = description.getBeanClass();
				if (type == String.class || type == LocalDate.class) {
					return new Checked(deserializer);
				}
				return deserializer;
			}
		});
	}

	/**
	 * A property's text as forms get it ({@link FormBindingAdvice}): surrounding spaces
	 * removed and blank as {@code null}, so a record is the same whether it came from a
	 * form or a JSON body and needs no clean-up of its own. Passwords are kept exactly as
	 * typed, and so are the elements of arrays.
	 */
	private static String normalized(JsonParser parser, String text) {
		String name = parser.currentName();
		if (!parser.streamReadContext().inObject() || name == null || FormBindingAdvice.isSecret(name)) {
			return text;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static final class Checked extends DelegatingDeserializer {

		Checked(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			return check(parser, super.deserialize(parser, context));
		}

		private static Object check(JsonParser parser, Object value) {
			if (value instanceof String text) {
				if (text.indexOf('\u0000') >= 0) {
					throw InvalidFormatException.from(parser, NUL_MESSAGE, "(text)", String.class);
				}
				return normalized(parser, text);
			}
			if (value instanceof LocalDate date) {
				try {
					EdgeValues.requirePlausible(date);
				}
				catch (IllegalArgumentException ex) {
					throw InvalidFormatException.from(parser, DATE_MESSAGE, date.toString(), LocalDate.class);
				}
			}
			return value;
		}

	}

}
