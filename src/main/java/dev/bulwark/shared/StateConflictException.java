package dev.bulwark.shared;

/**
 * The record's state forbids the action: the assessment is signed off, the asset was
 * already disposed of, the policy version is approved. Not something the person can fix
 * by correcting a field, so pages show it as a message on the form (or an error page) and
 * the API answers 409 Conflict. The message is written for people.
 */
public class StateConflictException extends RuntimeException {

	private StateConflictException(String message) {
		super(message);
	}

	public static StateConflictException of(String message) {
		return new StateConflictException(message);
	}

}
