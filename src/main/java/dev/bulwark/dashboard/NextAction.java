package dev.bulwark.dashboard;

/**
 * One of the most valuable things to do next.
 *
 * @param title what to do
 * @param why why it matters now
 * @param link where to do it
 * @param value its weight in the ranking (higher first; see {@link NextActions})
 */
public record NextAction(String title, String why, String link, int value) {

}
