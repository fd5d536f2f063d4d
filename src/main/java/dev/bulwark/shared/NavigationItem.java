package dev.bulwark.shared;

import java.util.List;

/**
 * A module's entry in the main navigation. Modules declare these as beans; the layout
 * shows the ones the current person's role may open, grouped by {@link #group()} and
 * ordered by {@link #order()}.
 *
 * @param group heading the entry sits under, e.g. "Assess"
 * @param label short label, plain language
 * @param path where it leads
 * @param hint one-line explanation shown as the link's description
 * @param order position within the whole navigation
 * @param roles roles that see it; empty means every signed-in member
 */
public record NavigationItem(String group, String label, String path, String hint, int order, List<Role> roles) {

	public boolean visibleTo(Role role) {
		return this.roles.isEmpty() || (role != null && this.roles.contains(role));
	}

}
