package dev.bulwark.shared;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the {@link Actor} of the current request. Every query of practice data takes its
 * practice id from here, never from the request, which is what keeps one practice's users
 * out of another's records.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/** The signed-in actor; fails with 403 semantics if there is none. */
	public static Actor get() {
		return find().orElseThrow(() -> new AccessDeniedException("No signed-in user"));
	}

	/**
	 * The practice the actor is working in; fails with 403 semantics if there is none.
	 */
	public static UUID practiceId() {
		Actor actor = get();
		if (!actor.hasPractice()) {
			throw new AccessDeniedException("No practice selected");
		}
		return actor.practiceId();
	}

}
