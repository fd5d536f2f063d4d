package dev.bulwark.policies;

/**
 * The form of a button that only confirms an action (retire, discard, delete): it has no
 * fields, but gives a refused action a place to show why, above the button.
 */
record Confirmation() {

}
