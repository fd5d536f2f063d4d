package dev.bulwark;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The errors a page form was shown again with, read from the model of a page test's
 * result: what the person sees next to each field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** The binding result of the form bound as {@code name} ("form", "quiz"...). */
	public static BindingResult bindingResult(MvcTestResult result, String name) {
		return (BindingResult) result.getMvcResult()
			.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + name);
	}

	/** Each field's first message, by field, for the form bound as {@code name}. */
	public static Map<String, String> fieldErrors(MvcTestResult result, String name) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : bindingResult(result, name).getFieldErrors()) {
			errors.putIfAbsent(error.getField(), error.getDefaultMessage());
		}
		return errors;
	}

}
