package dev.bulwark.practice;

/**
 * Practice names are unique in an installation so that the CLI and MSP staff can name
 * them unambiguously.
 */
public class PracticeNameTakenException extends RuntimeException {

	PracticeNameTakenException(String name) {
		super("A practice named \"" + name + "\" already exists.");
	}

}
