package dev.bulwark.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist <em>in the current practice</em>. Records of another
 * practice are reported the same way, so an id guessed from elsewhere reveals nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException of(String kind, Object id) {
		return new NotFoundException(kind + " " + id + " not found");
	}

}
