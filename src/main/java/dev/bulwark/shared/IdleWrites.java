package dev.bulwark.shared;

import java.time.Duration;

/**
 * How far a session's stored last activity may trail the real one. Writing the session
 * row on every request was about a sixth of a page's cost under load, so the time is
 * written only once it has moved on by this much: at most 30 seconds, and a thirtieth of
 * short idle times. The server may therefore end an idle session up to this much before
 * the full idle time; the browser counts down the idle time less the lag, so the page
 * always leaves (and its "stay signed in" warning always comes) while the session still
 * exists. Earlier, never later: automatic logoff (164.312(a)(2)(iii)) stays within the
 * practice's setting.
 */
public final class IdleWrites {

	static final Duration MOST = Duration.ofSeconds(30);

	private IdleWrites() {
	}

	/** The lag allowed for a session with this idle time. */
	public static Duration lag(Duration maxInactive) {
		if (maxInactive.isNegative() || maxInactive.isZero()) {
			return Duration.ZERO;
		}
		Duration part = maxInactive.dividedBy(30);
		return (part.compareTo(MOST) < 0) ? part : MOST;
	}

	/** The idle time the browser counts down, in whole seconds. */
	public static int browserSeconds(int maxInactiveSeconds) {
		return maxInactiveSeconds - (int) lag(Duration.ofSeconds(maxInactiveSeconds)).toSeconds();
	}

}
