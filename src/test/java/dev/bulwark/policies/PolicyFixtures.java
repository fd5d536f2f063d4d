package dev.bulwark.policies;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.FormErrors;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.BindingResult;

/** The acting person, documents in a given state, and form errors as people read them. */
final class PolicyFixtures {

	private PolicyFixtures() {
	}

	/** A test member acting in their practice (whose time zone is the server's). */
	static Actor actor(TestMember member) {
		return new Actor(member.userId(), member.email(), "Test " + member.role().label(), member.practiceId(),
				member.practiceName(), member.role(), false, null);
	}

	/** Adopts a template and publishes its first version, approved today. */
	static DocumentDetails published(PolicyService service, Actor officer, String templateKey, LocalDate today) {
		DocumentDetails adopted = service.adopt(officer, new AdoptForm(templateKey, null));
		return approveAndPublish(service, officer, adopted.id(), adopted.versions().get(0).id(), today, false);
	}

	/** Starts a new version with the given text and publishes it. */
	static DocumentDetails republished(PolicyService service, Actor officer, UUID documentId, String text,
			LocalDate today, boolean significant) {
		DocumentDetails drafted = service.startVersion(officer, documentId, new NewVersionForm(text, "Changed"));
		return approveAndPublish(service, officer, documentId, drafted.versions().get(0).id(), today, significant);
	}

	static DocumentDetails approveAndPublish(PolicyService service, Actor officer, UUID documentId, UUID versionId,
			LocalDate today, boolean significant) {
		service.approve(officer, documentId, versionId, new ApproveForm(officer.displayName(), today));
		return service.publish(officer, documentId, versionId, new PublishForm(significant));
	}

	static BindingResult bindingResult(MvcTestResult result, String name) {
		return FormErrors.bindingResult(result, name);
	}

	/** Each field's message as the person reads it. */
	static Map<String, String> fieldErrors(MvcTestResult result, String name) {
		return FormErrors.fieldErrors(result, name);
	}

}
