package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;

/**
 * The rules of a business associate agreement and of a vendor's standing: which agreement
 * is in effect on a day, and whether it is current (164.308(b), 164.314(a)). Plain Java.
 */
final class Baa {

	private Baa() {
	}

	/**
	 * Checks an agreement's details.
	 * @param known the keys of the terms there are
	 * @throws InvalidInputException on {@code expiresOn} (before it takes effect) or
	 * {@code terms} (an unknown term)
	 */
	static void check(BaaForm form, Set<String> known) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		if (form.effectiveOn() != null && form.expiresOn() != null && form.expiresOn().isBefore(form.effectiveOn())) {
			problems.add("expiresOn", "The agreement cannot end before it takes effect.");
		}
		if (!known.containsAll(form.terms())) {
			problems.add("terms", "That term is not one Bulwark checks.");
		}
		problems.throwIfAny();
	}

	/**
	 * Where a vendor stands on a day.
	 * @param businessAssociate whether the vendor is a business associate
	 * @param agreements its agreements
	 * @param required the keys of the terms of the rule in force
	 * @param today the practice's date
	 */
	static Standing standing(boolean businessAssociate, List<Agreement> agreements, Collection<String> required,
			LocalDate today) {
		if (!businessAssociate) {
			return new Standing(BaaState.NOT_NEEDED, null);
		}
		Agreement inEffect = agreements.stream()
			.filter((a) -> !a.effectiveOn().isAfter(today) && (a.expiresOn() == null || !a.expiresOn().isBefore(today)))
			.max(java.util.Comparator.comparing(Agreement::effectiveOn))
			.orElse(null);
		if (inEffect == null) {
			boolean expired = agreements.stream()
				.anyMatch((a) -> a.expiresOn() != null && a.expiresOn().isBefore(today));
			boolean pending = agreements.stream().anyMatch((a) -> a.effectiveOn().isAfter(today));
			return new Standing((expired && !pending) ? BaaState.EXPIRED : BaaState.MISSING, null);
		}
		boolean complete = inEffect.hasDocument() && inEffect.terms().containsAll(required);
		return new Standing(complete ? BaaState.CURRENT : BaaState.INCOMPLETE, inEffect.id());
	}

	/**
	 * An agreement as the standing needs it.
	 *
	 * @param hasDocument whether its signed document is in the evidence store
	 */
	record Agreement(UUID id, LocalDate effectiveOn, LocalDate expiresOn, Set<String> terms, boolean hasDocument) {
	}

	/**
	 * A vendor's standing.
	 *
	 * @param agreementId the agreement in effect, or {@code null}
	 */
	record Standing(BaaState state, UUID agreementId) {
	}

}
