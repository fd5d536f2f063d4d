package dev.bulwark.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.AfterCommit;
import dev.bulwark.shared.AuditableEvent;

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

	/** Entries kept at most; the oldest are not tracked, the map is emptied instead. */
	static final int MAX_ENTRIES = 500;

	private final Map<Key, Entry> pages = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration freshFor;

	DashboardPages(Clock clock, @Value("${bulwark.dashboard.fresh-for:15s}") Duration freshFor) {
		this.clock = clock;
		this.freshFor = freshFor;
	}

	/**
	 * The content for this person and wording, rendered by {@code render} when not kept.
	 */
	String content(Actor actor, boolean auditorView, Supplier<String> render) {
		Instant now = this.clock.instant();
		Key key = new Key(actor, auditorView, LocalDate.ofInstant(now, actor.zone()));
		Entry kept = this.pages.get(key);
		if (kept != null && now.isBefore(kept.until())) {
			return kept.html();
		}
		String html = render.get();
		if (!this.freshFor.isZero() && !this.freshFor.isNegative()) {
			if (this.pages.size() >= MAX_ENTRIES) {
				this.pages.values().removeIf((e) -> !now.isBefore(e.until()));
				if (this.pages.size() >= MAX_ENTRIES) {
					this.pages.clear();
				}
			}
			this.pages.put(key, new Entry(html, now.plus(this.freshFor)));
		}
		return html;
	}

	/**
	 * A practice's audited change is on its dashboard at the next view. A plain
	 * {@code @EventListener} (not a Modulith one) so that no publication row is stored
	 * per audited event.
	 */
	@EventListener
	void changed(AuditableEvent event) {
		UUID practiceId = event.practiceId();
		if (practiceId != null) {
			AfterCommit.run(() -> this.pages.keySet().removeIf((k) -> practiceId.equals(k.actor().practiceId())));
		}
	}

	int size() {
		return this.pages.size();
	}

	/** The whole actor: its practice, role and name are on the page. */
	private record Key(Actor actor, boolean auditorView, LocalDate day) {
	}

	private record Entry(String html, Instant until) {
	}

}
