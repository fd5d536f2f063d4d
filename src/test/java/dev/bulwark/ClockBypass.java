package dev.bulwark;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.Set;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The ways to read the system clock without the injected {@link Clock}: {@code now()} of
 * any {@code java.time} type ({@code Instant.now()}, {@code LocalDate.now(zone)}...),
 * {@code System.currentTimeMillis()}, {@code Clock.system*()} and the clocks built on it
 * ({@code Clock.tickMillis(zone)}...), {@code new Date()} and
 * {@code Calendar.getInstance()}. Calls and method references ({@code Instant::now}) both
 * count.
 */
final class ClockBypass {

	private static final Set<String> SYSTEM_CLOCKS = Set.of("systemUTC", "systemDefaultZone", "system", "tickMillis",
			"tickSeconds", "tickMinutes");

	static final ArchCondition<JavaClass> NOT_READ_THE_SYSTEM_CLOCK = new ArchCondition<>(
			"not read the system clock (now(), System.currentTimeMillis(), Clock.system*(), new Date())") {
		@Override
		public void check(JavaClass javaClass, ConditionEvents events) {
			javaClass.getAccessesFromSelf()
				.stream()
				.filter(ClockBypass::readsSystemClock)
				.forEach((access) -> events
					.add(SimpleConditionEvent.violated(access, "reads the system clock: " + access.getDescription())));
		}
	};

	private ClockBypass() {
	}

	static boolean readsSystemClock(JavaAccess<?> access) {
		AccessTarget target = access.getTarget();
		String owner = target.getOwner().getName();
		String name = target.getName();
		if (owner.startsWith("java.time.") && "now".equals(name)) {
			return true;
		}
		if (owner.equals(System.class.getName()) && "currentTimeMillis".equals(name)) {
			return true;
		}
		if (owner.equals(Clock.class.getName()) && SYSTEM_CLOCKS.contains(name)) {
			return true;
		}
		if (owner.equals(Calendar.class.getName()) && "getInstance".equals(name)) {
			return true;
		}
		return owner.equals(Date.class.getName()) && "<init>".equals(name)
				&& target instanceof AccessTarget.CodeUnitAccessTarget unit && unit.getRawParameterTypes().isEmpty();
	}

}
