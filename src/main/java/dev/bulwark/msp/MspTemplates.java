package dev.bulwark.msp;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.bulwark.identity.MspPeople;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventoryTemplate;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MSP's templates: a practice's standard asset list and data flows, saved once and
 * applied to another practice in one step. Every application is recorded on the practice
 * (listed there) and in its audit trail; the assets and flows it adds are each entered as
 * by the person applying it.
 */
@Service
class MspTemplates {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TemplateRepository repository;

	private final Inventory inventory;

	private final MspPeople people;

	private final Practices practices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MspTemplates(TemplateRepository repository, Inventory inventory, MspPeople people, Practices practices,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.inventory = inventory;
		this.people = people;
		this.practices = practices;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<TemplateSummary> all() {
		return this.repository.all();
	}

	@Transactional(readOnly = true)
	TemplateSummary get(UUID id) {
		return this.repository.find(id).orElseThrow(() -> NotFoundException.of("Template", id));
	}

	/**
	 * Saves the assets in use and the data flows of a practice the actor serves as a new
	 * template.
	 */
	@Transactional
	TemplateSummary save(Actor actor, TemplateForm form) {
		actor.require(Permission.MSP_TEMPLATES);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (form.name() != null && this.repository.nameTaken(form.name())) {
			problems.add("name", "A template named \"" + form.name() + "\" already exists.");
		}
		if (form.practiceId() == null || !this.people.serves(actor.userId(), form.practiceId())) {
			problems.add("practiceId", "Choose a practice you serve.");
		}
		problems.throwIfAny();
		InventoryTemplate content = this.inventory.template(form.practiceId());
		TemplateSummary template = new TemplateSummary(UUID.randomUUID(), form.name(), form.description(),
				content.assets().size(), content.flows().size(), this.clock.instant(), actor.auditLabel());
		this.repository.insert(template, JSON.writeValueAsString(content));
		this.events.publishEvent(new MspEvent.TemplateSaved(form.practiceId(), template.id(), template.name(),
				template.assets(), template.flows()));
		return template;
	}

	@Transactional
	void delete(Actor actor, UUID id) {
		actor.require(Permission.MSP_TEMPLATES);
		TemplateSummary template = get(id);
		this.repository.delete(id);
		this.events.publishEvent(new MspEvent.TemplateDeleted(id, template.name()));
	}

	/**
	 * Applies a template to a practice the actor serves (and may edit the inventory of).
	 * @throws InvalidInputException (field {@code templateId}) for an unknown template
	 * @throws StateConflictException if the practice is archived
	 */
	@Transactional
	TemplateApplication apply(Actor actor, UUID practiceId, UUID templateId) {
		actor.require(Permission.MSP_TEMPLATES);
		this.people.requireServes(actor, practiceId);
		TemplateSummary template = (templateId == null) ? null : this.repository.find(templateId).orElse(null);
		if (template == null) {
			throw InvalidInputException.of("templateId", "Choose a template.");
		}
		PracticeDetails practice = this.practices.get(practiceId);
		if (practice.archived()) {
			throw StateConflictException.of("\"" + practice.name() + "\" is archived: nothing can be added to it.");
		}
		Role role = this.people.roleIn(actor.userId(), practiceId)
			.orElseThrow(() -> NotFoundException.of("Practice", practiceId));
		Actor there = new Actor(actor.userId(), actor.email(), actor.displayName(), practiceId, practice.name(), role,
				actor.viaApiToken(), practice.zone(), actor.mspRole());
		InventoryTemplate content = JSON.readValue(this.repository.content(templateId).orElseThrow(),
				InventoryTemplate.class);
		InventoryTemplate.Applied applied = this.inventory.apply(there, content);
		TemplateApplication application = new TemplateApplication(UUID.randomUUID(), templateId, template.name(),
				this.clock.instant(), actor.auditLabel(), applied.assets(), applied.flows());
		this.repository.recordApplication(practiceId, application);
		this.events.publishEvent(new MspEvent.TemplateApplied(practiceId, templateId, template.name(), applied.assets(),
				applied.flows()));
		return application;
	}

	@Transactional(readOnly = true)
	List<TemplateApplication> applications(UUID practiceId) {
		return this.repository.applications(practiceId);
	}

}
