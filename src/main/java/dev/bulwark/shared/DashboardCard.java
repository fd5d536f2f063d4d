package dev.bulwark.shared;

import java.util.List;

/**
 * A summary card on the dashboard, contributed by a module through a {@link Source} bean.
 * Sources read the current practice from {@link CurrentActor} and return nothing for
 * roles that may not see their data.
 *
 * @param title what the card is about, e.g. "Risk assessment"
 * @param status one-line state, e.g. "Draft, 40 of 120 questions answered"
 * @param nextStep the single most useful next action, in plain words; may be {@code null}
 * @param link where the card leads
 * @param tone {@code good}, {@code attention} or {@code neutral}, for colour
 * @param order position on the dashboard
 */
public record DashboardCard(String title, String status, String nextStep, String link, String tone, int order) {

	/** Supplies the cards of one module for the current request. */
	public interface Source {

		List<DashboardCard> cards();

	}

}
