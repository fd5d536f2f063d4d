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
 * naming the field.
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
			if (value instanceof String text && text.indexOf('\u0000') >= 0) {
				throw InvalidFormatException.from(parser, NUL_MESSAGE, "(text)", String.class);
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
