package dev.bulwark.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.ChangeCommitted;
import dev.bulwark.shared.KeptContent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The dashboard's content (posture and cards, everything below the navigation), kept as
 * rendered HTML per person, practice, practice day and wording for {@code fresh-for} (15
 * s by default).
 * <p>
 * Why: the content reads eleven modules and renders dozens of rows, about three quarters
 * of the page's cost, and it is the page everyone lands on, reloads and returns to, so an
 * MSP's busy installation renders the same content over and over. Any audited change of a
 * practice drops its content once committed, so a person who just changed something sees
 * it at once; what only background work changes (a calendar item derived after another
 * module's change, another node's change) shows within {@code fresh-for}. The practice's
 * date is part of the key, so "overdue" moves at midnight. The content holds no form and
 * no CSRF token: the layout around it (navigation, session, token) is rendered on every
 * request.
 */
@Component
class DashboardPages {

	/** About 20 KB each. */
	static final int MAX_ENTRIES = 500;

	private final KeptContent<Key, String> pages;

	private final Clock clock;

	DashboardPages(Clock clock, @Value("${bulwark.dashboard.fresh-for:15s}") Duration freshFor) {
		this.clock = clock;
		this.pages = new KeptContent<>(freshFor, MAX_ENTRIES);
	}

	/**
	 * The content for this person and wording, rendered by {@code render} when not kept.
	 */
	String content(Actor actor, boolean auditorView, Supplier<String> render) {
		Instant now = this.clock.instant();
		return this.pages.get(new Key(actor, auditorView, LocalDate.ofInstant(now, actor.zone())), now, render);
	}

	/**
	 * A practice's audited change is on its dashboard at the next view. A plain
	 * {@code @EventListener} (not a Modulith one) so that no publication row is stored
	 * per audited event.
	 */
	@EventListener
	void changed(ChangeCommitted event) {
		UUID practiceId = event.practiceId();
		if (practiceId != null) {
			this.pages.dropIf((k) -> practiceId.equals(k.actor().practiceId()));
		}
	}

	/** The whole actor: its practice, role and name are on the page. */
	private record Key(Actor actor, boolean auditorView, LocalDate day) {
	}

}
