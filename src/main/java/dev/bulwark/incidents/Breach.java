package dev.bulwark.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;

/**
 * A breach of unsecured PHI: the recorded facts, the states, the letter. Its deadlines
 * come from {@link BreachClock}.
 */
record Breach(UUID incidentId, BreachForm facts, Map<String, Integer> states, String letter, Instant recordedAt) {

	Breach {
		states = Map.copyOf(states);
	}

	/**
	 * Checks a form against the rules that need more than one field or today's date (the
	 * practice's), and returns the states it names.
	 */
	static Map<String, Integer> check(BreachForm form, LocalDate today) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(form.discoveredOn().isAfter(today), "discoveredOn", "The discovery cannot be in the future.");
		problems.addIf(form.breachBeganOn() != null && form.breachBeganOn().isAfter(form.discoveredOn()),
				"breachBeganOn", "A breach cannot begin after it was discovered.");
		problems.addIf(
				form.breachEndedOn() != null && form.breachBeganOn() != null
						&& form.breachEndedOn().isBefore(form.breachBeganOn()),
				"breachEndedOn", "The breach cannot end before it began.");
		problems.addIf(form.badContacts() > form.affected(), "badContacts",
				"More people cannot be unreachable than are affected.");
		problems.addIf(
				form.businessAssociateDiscoveredOn() != null
						&& form.businessAssociateDiscoveredOn().isAfter(form.discoveredOn()),
				"businessAssociateDiscoveredOn",
				"The practice discovers a breach when its business associate does, or later; not before.");
		notBefore(problems, "individualsNotifiedOn", form.individualsNotifiedOn(), form.discoveredOn(), today);
		notBefore(problems, "hhsNotifiedOn", form.hhsNotifiedOn(), form.discoveredOn(), today);
		notBefore(problems, "mediaNotifiedOn", form.mediaNotifiedOn(), form.discoveredOn(), today);
		problems.addIf(form.stateLawCheckedOn() != null && form.stateLawCheckedOn().isAfter(today), "stateLawCheckedOn",
				"This date cannot be in the future.");
		problems.addIf(form.delayOralOn() != null && form.delayOralOn().isBefore(form.discoveredOn()), "delayOralOn",
				"A delay statement made before the discovery delays nothing; check the date.");
		problems.addIf(form.delayWrittenOn() != null && form.delayWrittenOn().isBefore(form.discoveredOn()),
				"delayWrittenOn", "A delay statement made before the discovery delays nothing; check the date.");
		Map<String, Integer> states = Map.of();
		try {
			states = StateCounts.parse(form.states(), form.affected());
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(problems::add);
		}
		try {
			delay(form);
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(problems::add);
		}
		problems.throwIfAny();
		return states;
	}

	private static void notBefore(InvalidInputException.Problems problems, String field, LocalDate date,
			LocalDate discovered, LocalDate today) {
		problems.addIf(date != null && date.isBefore(discovered), field,
				"A notice cannot go out before the discovery.");
		problems.addIf(date != null && date.isAfter(today), field, "Record a notice once it has gone out.");
	}

	static LawEnforcementDelay delay(BreachForm form) {
		return new LawEnforcementDelay(form.delayOralOn(), form.delayOfficial(), form.delayWrittenOn(),
				form.delayWrittenUntil());
	}

	public BreachClock.Deadlines deadlines() {
		return BreachClock.deadlines(new BreachClock.BreachFacts(this.facts.discoveredOn(), this.facts.affected(),
				this.states, this.facts.businessAssociateDiscoveredOn(), delay(this.facts)));
	}

	public SubstituteNotice substituteNotice() {
		return SubstituteNotice.forUnreachable(this.facts.badContacts());
	}

	public int affected() {
		return this.facts.affected();
	}

	public LocalDate discoveredOn() {
		return this.facts.discoveredOn();
	}

	/**
	 * A first draft of the letter to the individuals with the content 164.404(c)
	 * requires, in plain language; the practice edits it before sending.
	 */
	static String draftLetter(String practiceName, BreachForm facts) {
		String began = (facts.breachBeganOn() != null) ? facts.breachBeganOn().toString() : "[date of the breach]";
		String phi = (facts.phiTypes() != null) ? facts.phiTypes()
				: "[the kinds of information involved, e.g. names, dates of birth, diagnoses]";
		String actions = (facts.actionsTaken() != null) ? facts.actionsTaken()
				: "[what the practice is doing to investigate, limit the harm and prevent it from happening again]";
		return """
				Dear [name of the patient],

				We are writing to tell you about an incident that involved some of your health information held by %1$s.

				What happened
				[Describe in plain words what happened, without other patients' details.] The incident happened on %2$s and we discovered it on %3$s.

				What information was involved
				%4$s

				What you can do
				[Steps you can take to protect yourself, e.g. review the statements you receive from your health insurer and tell them about any service you did not receive; watch for messages that ask for personal details.]

				What we are doing
				%5$s

				How to reach us
				If you have questions, call us toll-free at [toll-free number], write to [e-mail address], visit [web site] or write to [postal address].

				Sincerely,
				[name and title]
				%1$s
				"""
			.formatted(practiceName, began, facts.discoveredOn(), phi, actions);
	}

}
