package dev.bulwark.shared;

/**
 * The server is doing as much of this kind of work as it allows at once (rendering PDFs)
 * and the request waited its turn in vain. Nothing is wrong with the request: pages show
 * a "busy, try again" page and the API answers 503 Service Unavailable with a
 * {@code Retry-After} header. The message is written for people.
 */
public class BusyException extends RuntimeException {

	private final int retryAfterSeconds;

	private BusyException(String message, int retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public static BusyException of(String message, int retryAfterSeconds) {
		return new BusyException(message, retryAfterSeconds);
	}

	/** How long the client should wait before trying again. */
	public int retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
