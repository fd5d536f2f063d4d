package dev.bulwark.workforce;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The acting person, people of the roster, and form errors as people read them. */
final class WorkforceFixtures {

	private WorkforceFixtures() {
	}

	/** A test member acting in their practice (whose time zone is the server's). */
	static Actor actor(TestMember member) {
		return new Actor(member.userId(), member.email(), "Test " + member.role().label(), member.practiceId(),
				member.practiceName(), member.role(), false, null);
	}

	static StaffForm person(String name, WorkforceType type) {
		return new StaffForm(name, "Front desk", type, LocalDate.of(2024, 3, 1), null, null, false, null, null);
	}

	static BindingResult bindingResult(MvcTestResult result, String name) {
		return (BindingResult) result.getMvcResult()
			.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + name);
	}

	/** Each field's message as the person reads it. */
	static Map<String, String> fieldErrors(MvcTestResult result, String name) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : bindingResult(result, name).getFieldErrors()) {
			errors.putIfAbsent(error.getField(), error.getDefaultMessage());
		}
		return errors;
	}

}
