package dev.bulwark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in every test context (see {@link TestClockCustomizerFactory}):
 * it follows the real time until a test moves it, so tests never sleep. Move it with
 * {@link #advance} or {@link #setInstant}; a test that moves it calls {@link #reset()}
 * afterwards, because contexts (and their clock) are shared between test classes.
 * <p>
 * Only the application's own time follows it: Spring Session measures idle time with the
 * real clock.
 */
public final class MutableClock extends Clock {

	private final Clock system = Clock.systemUTC();

	/** When set, the clock stands still at this instant. */
	private volatile Instant fixed;

	/** Added to the real time while the clock is not standing still. */
	private volatile Duration offset = Duration.ZERO;

	@Override
	public Instant instant() {
		Instant at = this.fixed;
		return (at != null) ? at : this.system.instant().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	/** Moves the clock forward (or back, with a negative amount). */
	public synchronized MutableClock advance(Duration amount) {
		if (this.fixed != null) {
			this.fixed = this.fixed.plus(amount);
		}
		else {
			this.offset = this.offset.plus(amount);
		}
		return this;
	}

	/** Stops the clock at the instant; {@link #advance} moves it from there. */
	public synchronized MutableClock setInstant(Instant instant) {
		this.fixed = instant;
		return this;
	}

	/** Back to the real time. */
	public synchronized MutableClock reset() {
		this.fixed = null;
		this.offset = Duration.ZERO;
		return this;
	}

}
