package dev.bulwark.shared;

/**
 * A module's entry in the main navigation. Modules declare these as beans; the layout
 * shows the ones the current person's role may open (by the {@link Permission} table),
 * grouped by {@link #group()} and ordered by {@link #order()}.
 *
 * @param group heading the entry sits under, e.g. "Assess"
 * @param label short label, plain language
 * @param path where it leads
 * @param hint one-line explanation shown as the link's description
 * @param order position within the whole navigation
 * @param permission what the person needs to see it; {@code null} means every signed-in
 * person, even one without a practice
 */
public record NavigationItem(String group, String label, String path, String hint, int order, Permission permission) {

	public boolean visibleTo(Actor actor) {
		if (actor == null) {
			return false;
		}
		return this.permission == null || actor.can(this.permission);
	}

}
