package dev.bulwark.shared;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The time zones a practice can choose: the names of the IANA time-zone database
 * ("Area/City", such as {@code America/Chicago}), which follow daylight-saving rules. The
 * drop-downs list the real places plus {@code UTC}; older aliases that the database still
 * knows (such as {@code US/Eastern}) are accepted when typed. Bare offsets such as
 * {@code -05:00} are refused: a practice in Chicago on a fixed offset would see the wrong
 * date for half of the year.
 */
public final class TimeZones {

	/** {@code UTC}, under the name the drop-downs show. */
	public static final ZoneId UTC = ZoneId.of("UTC");

	/** Areas of the IANA database whose zones are real places. */
	private static final Set<String> AREAS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific");

	/** Listed first, with plain names: where most practices are. */
	private static final Map<String, String> UNITED_STATES = unitedStates();

	/** Every known name, by its lower-case form. */
	private static final Map<String, String> BY_LOWER_CASE = byLowerCase();

	private TimeZones() {
	}

	/**
	 * The server's own time zone (the JVM's, from the operating system or
	 * {@code -Duser.timezone}), the default for a new practice. {@code UTC} under any of
	 * its names ({@code Etc/UTC}, {@code GMT}...) and bare offsets become {@code UTC}.
	 */
	public static ZoneId serverDefault() {
		return of(ZoneId.systemDefault());
	}

	static ZoneId of(ZoneId zone) {
		if (zone.normalized().equals(ZoneOffset.UTC)) {
			return UTC;
		}
		return parse(zone.getId()).orElse(UTC);
	}

	/**
	 * The zone named, if it is one a practice may choose. Letter case does not matter
	 * ({@code america/chicago} is {@code America/Chicago}); surrounding spaces are
	 * ignored.
	 */
	public static Optional<ZoneId> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String canonical = BY_LOWER_CASE.get(name.strip().toLowerCase(Locale.ROOT));
		return Optional.ofNullable(canonical).map(ZoneId::of);
	}

	/**
	 * The zone named, or an {@link InvalidInputException} for the field with a message
	 * that says what to enter.
	 */
	public static ZoneId require(String field, String name) {
		return parse(name).orElseThrow(() -> InvalidInputException.of(field, problem(name)));
	}

	/** What is wrong with a name that {@link #parse} refused, in plain words. */
	public static String problem(String name) {
		if (name == null || name.isBlank()) {
			return "Choose the practice's time zone.";
		}
		return "\"" + abbreviate(name.strip())
				+ "\" is not a time zone Bulwark knows: use a region name such as America/Chicago.";
	}

	/**
	 * The zones to offer in a drop-down: the United States' zones first with plain names,
	 * then every other place alphabetically, then UTC. A {@code current} zone that is not
	 * among them (an alias chosen earlier) is offered too, so that it stays selected.
	 */
	public static List<Choice> choices(ZoneId current) {
		List<Choice> choices = new ArrayList<>();
		UNITED_STATES.forEach((id, label) -> choices.add(new Choice(id, label + " (" + id + ")")));
		BY_LOWER_CASE.values()
			.stream()
			.filter((id) -> listed(id) && !UNITED_STATES.containsKey(id) && !UTC.getId().equals(id))
			.sorted()
			.forEach((id) -> choices.add(new Choice(id, id.replace('_', ' '))));
		choices.add(new Choice(UTC.getId(), "UTC (Coordinated Universal Time)"));
		if (current != null && choices.stream().noneMatch((choice) -> choice.value().equals(current.getId()))) {
			choices.add(0, new Choice(current.getId(), current.getId().replace('_', ' ')));
		}
		return choices;
	}

	private static String abbreviate(String name) {
		return name.length() <= 60 ? name : name.substring(0, 60) + "…";
	}

	private static boolean listed(String id) {
		int slash = id.indexOf('/');
		return slash > 0 && AREAS.contains(id.substring(0, slash));
	}

	private static Map<String, String> byLowerCase() {
		Map<String, String> zones = new TreeMap<>();
		ZoneId.getAvailableZoneIds().forEach((id) -> zones.put(id.toLowerCase(Locale.ROOT), id));
		zones.put("utc", "UTC");
		return Map.copyOf(zones);
	}

	private static Map<String, String> unitedStates() {
		Map<String, String> zones = new LinkedHashMap<>();
		zones.put("America/New_York", "Eastern time");
		zones.put("America/Chicago", "Central time");
		zones.put("America/Denver", "Mountain time");
		zones.put("America/Phoenix", "Mountain time, Arizona (no daylight saving)");
		zones.put("America/Los_Angeles", "Pacific time");
		zones.put("America/Anchorage", "Alaska time");
		zones.put("Pacific/Honolulu", "Hawaii time");
		zones.put("America/Puerto_Rico", "Atlantic time, Puerto Rico and U.S. Virgin Islands");
		zones.put("Pacific/Guam", "Chamorro time, Guam and Northern Mariana Islands");
		zones.put("Pacific/Pago_Pago", "Samoa time, American Samoa");
		return zones;
	}

}
