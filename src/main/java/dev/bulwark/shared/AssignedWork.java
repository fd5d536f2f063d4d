package dev.bulwark.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One piece of open work given to a person, kept by a module other than the calendar, for
 * the one "My tasks" page (the calendar's {@code /tasks/mine}). A module contributes a
 * {@link Source} bean, like a {@link DashboardCard.Source}: the page lists each source's
 * section above the person's calendar tasks, without the calendar depending on the module
 * that keeps the work.
 *
 * @param title what to do
 * @param link where it is opened and done; {@code null} when the person's role cannot
 * open that page (staff own treatment tasks but do not read the risk register)
 * @param context what it belongs to, in plain words ("Risk: Missing updates on the front
 * desk PC")
 * @param level how much it matters, as a short label ("High"); may be {@code null}
 * @param levelClass the CSS class of that label ({@code level-high}); may be {@code null}
 * @param dueOn the practice-local due date; {@code null} when none was set
 * @param overdue whether the due date has passed
 * @param donePath a POST (without a body) that marks it done from the list and returns to
 * the list; {@code null} when it is done elsewhere
 */
public record AssignedWork(String title, @Nullable String link, @Nullable String context, @Nullable String level,
		@Nullable String levelClass, @Nullable LocalDate dueOn, boolean overdue, @Nullable String donePath) {

	/**
	 * One module's open work for one person.
	 *
	 * @param heading the section's heading ("Risk treatment tasks")
	 * @param order in one plain sentence, how the items are ordered
	 * @param items the first items, most urgent first
	 * @param total how many there are in all
	 * @param moreLink where the rest are, when {@code total} is above the items shown;
	 * may be {@code null}
	 */
	public record Section(String heading, String order, List<AssignedWork> items, long total,
			@Nullable String moreLink) {

		public boolean more() {
			return this.total > this.items.size();
		}

	}

	/** Supplies one module's open work given to a person. */
	public interface Source {

		/**
		 * The open work given to the actor in the actor's practice, at most {@code limit}
		 * items; empty when the actor's role has none of it.
		 */
		Optional<Section> openFor(Actor actor, int limit);

	}

}
