package dev.bulwark.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.ChangeCommitted;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.KeptContent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The practice switcher in every page's header: the practices the person is an active
 * member of (the first {@link #SHOWN} by name and how many in all, one small query), each
 * one click away, and whether the current one is archived.
 * <p>
 * It is on every page, and for an MSP person with a thousand practices the query joins
 * and sorts all of them: measured at most of a page's cost. So it is kept per person and
 * practice for {@code bulwark.switcher.fresh-for} (15 s), and any audited change (a
 * membership, a practice created, renamed or archived) drops it all once committed.
 */
@ControllerAdvice(annotations = Controller.class)
class PracticeSwitcherAdvice {

	/** Practices listed in the header; the practices page lists them all. */
	static final int SHOWN = 12;

	/** A few hundred bytes each. */
	static final int MAX_ENTRIES = 5_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final KeptContent<Key, Switcher> kept;

	PracticeSwitcherAdvice(JdbcClient jdbc, Clock clock,
			@Value("${bulwark.switcher.fresh-for:15s}") Duration freshFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.kept = new KeptContent<>(freshFor, MAX_ENTRIES);
	}

	/**
	 * @param practices the first practices by name
	 * @param total how many the person belongs to
	 * @param currentArchived whether the practice the person works in is archived
	 */
	record Switcher(List<Entry> practices, int total, boolean currentArchived) {

		public boolean more() {
			return this.total > this.practices.size();
		}

	}

	record Entry(UUID id, String name, boolean archived, boolean current) {
	}

	@ModelAttribute("switcher")
	Switcher switcher() {
		Actor actor = CurrentActor.find().orElse(null);
		if (actor == null) {
			return null;
		}
		return this.kept.get(new Key(actor.userId(), actor.practiceId()), this.clock.instant(), () -> read(actor));
	}

	/**
	 * A plain {@code @EventListener} (not a Modulith one) so that no publication row is
	 * stored per audited change.
	 */
	@EventListener
	void changed(ChangeCommitted event) {
		this.kept.dropAll();
	}

	private Switcher read(Actor actor) {
		int[] total = { 0 };
		List<Entry> rows = this.jdbc.sql("""
				select p.id, p.name, p.archived_at, count(*) over () as total
				from membership m join practice p on p.id = m.practice_id
				where m.user_id = :u and m.active = true
				order by case when m.practice_id = :current then 0 else 1 end, p.name
				""" + "fetch first " + (SHOWN + 1) + " rows only")
			.param("u", actor.userId())
			.param("current", actor.practiceId() == null ? new UUID(0, 0) : actor.practiceId())
			.query((rs, row) -> {
				total[0] = rs.getInt("total");
				return new Entry(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getTimestamp("archived_at") != null,
						rs.getObject("id", UUID.class).equals(actor.practiceId()));
			})
			.list();
		List<Entry> shown = rows.size() > SHOWN ? rows.subList(0, SHOWN) : rows;
		boolean archived = shown.stream().anyMatch((e) -> e.current() && e.archived());
		return new Switcher(List.copyOf(shown), total[0], archived);
	}

	/** The practice is null before one is chosen. */
	private record Key(UUID userId, UUID practiceId) {
	}

}
