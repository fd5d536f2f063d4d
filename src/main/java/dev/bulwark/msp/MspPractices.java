package dev.bulwark.msp;

import java.util.UUID;

import dev.bulwark.identity.MspInvitation;
import dev.bulwark.identity.MspPeople;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.TimeZones;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and archiving practices (MSP administrators). The creator serves the new
 * practice as an MSP technician there, its first security officer is invited, and a
 * template may be applied, all in one transaction: if any step fails, nothing is created.
 */
@Service
class MspPractices {

	private final Practices practices;

	private final MspPeople people;

	private final MspTemplates templates;

	MspPractices(Practices practices, MspPeople people, MspTemplates templates) {
		this.practices = practices;
		this.people = people;
		this.templates = templates;
	}

	/**
	 * @param invitation the first security officer's invitation (its link is shown once)
	 * @param applied the template applied, or {@code null}
	 */
	record Created(PracticeDetails practice, MspInvitation invitation, TemplateApplication applied) {
	}

	@Transactional
	Created create(Actor actor, NewPracticeForm form) {
		actor.require(Permission.MSP_ADMINISTER);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		// The page and the API validate the form; the command line arrives here directly.
		problems.addIf(form.name() == null || form.name().isBlank(), "name", "Enter the practice's name.");
		problems.addIf(form.officerName() == null || form.officerName().isBlank(), "officerName",
				"Enter the name of the practice's security officer.");
		problems.addIf(form.officerEmail() == null || form.officerEmail().isBlank(), "officerEmail",
				"Enter the security officer's e-mail address.");
		var zone = TimeZones.parse(form.timeZone());
		if (zone.isEmpty()) {
			problems.add("timeZone", TimeZones.problem(form.timeZone()));
		}
		if (form.name() != null && this.practices.findByName(form.name()).isPresent()) {
			problems.add("name", "A practice named \"" + form.name().strip() + "\" already exists.");
		}
		if (form.templateId() != null
				&& this.templates.all().stream().noneMatch((t) -> t.id().equals(form.templateId()))) {
			problems.add("templateId", "Choose one of the templates, or none.");
		}
		problems.throwIfAny();
		PracticeDetails practice = this.practices.create(form.name(), zone.get());
		this.people.assignCreator(actor, practice.id());
		MspInvitation invitation;
		try {
			invitation = this.people.inviteOfficer(actor, practice.id(), form.officerName(), form.officerEmail());
		}
		catch (InvalidInputException ex) {
			// The invitation's own fields are the officer's fields of this form.
			throw MspPracticeController.officerFields(ex);
		}
		TemplateApplication applied = (form.templateId() != null)
				? this.templates.apply(actor, practice.id(), form.templateId()) : null;
		return new Created(practice, invitation, applied);
	}

	@Transactional
	PracticeDetails archive(Actor actor, UUID practiceId) {
		actor.require(Permission.MSP_ADMINISTER);
		this.people.requireServes(actor, practiceId);
		return this.practices.archive(actor, practiceId);
	}

	@Transactional
	PracticeDetails restore(Actor actor, UUID practiceId) {
		actor.require(Permission.MSP_ADMINISTER);
		this.people.requireServes(actor, practiceId);
		return this.practices.restore(actor, practiceId);
	}

}
