package dev.bulwark.msp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.ChangeCommitted;
import dev.bulwark.shared.KeptContent;
import dev.bulwark.shared.MspRole;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.TimeZones;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The portfolio's table (one page of rows, with the pager) kept as rendered HTML per MSP
 * person and filter for {@code fresh-for} (15 s by default). Rendering a hundred rows is
 * most of the page's cost once the measures are kept ({@link Portfolio}), and MSP people
 * reload it all day. Any audited change drops every kept table once committed (it may
 * change a row's name, measures or who is assigned where): with 1,000 practices that is
 * often, and rendering again is what would happen anyway.
 */
@Component
class PortfolioPages {

	/** About 100 KB each. */
	static final int MAX_ENTRIES = 100;

	private final KeptContent<Key, String> tables;

	private final Clock clock;

	PortfolioPages(Clock clock, @Value("${bulwark.portfolio.fresh-for:15s}") Duration freshFor) {
		this.clock = clock;
		this.tables = new KeptContent<>(freshFor, MAX_ENTRIES);
	}

	String table(Actor actor, PortfolioFilter filter, Supplier<String> render) {
		Instant now = this.clock.instant();
		Key key = new Key(actor.userId(), actor.mspRole(), actor.can(Permission.MSP_ADMINISTER), filter,
				LocalDate.ofInstant(now, TimeZones.UTC));
		return this.tables.get(key, now, render);
	}

	/**
	 * A plain {@code @EventListener} (not a Modulith one) so that no publication row is
	 * stored per audited change.
	 */
	@EventListener
	void changed(ChangeCommitted event) {
		this.tables.dropAll();
	}

	/**
	 * Who (the rows are the practices they serve; "New practice" for an administrator)
	 * and which page.
	 */
	private record Key(UUID userId, MspRole mspRole, boolean administers, PortfolioFilter filter, LocalDate day) {
	}

}
