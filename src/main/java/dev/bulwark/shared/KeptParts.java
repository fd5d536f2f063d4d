package dev.bulwark.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Rendered parts of the busiest list pages (the asset list's results, the findings, the
 * risk register), kept per person, wording, practice day and request parameters for
 * {@code bulwark.pages.fresh-for} (15 s by default), as the dashboard keeps its content
 * (ADR 0027, ADR 0030).
 * <p>
 * Why: once their queries were cheap, three quarters of these pages' cost was Thymeleaf
 * rendering a hundred table rows, the same rows for every reload, back button and
 * colleague's view. Any audited change of a practice drops its parts once committed
 * ({@link ChangeCommitted}), so whoever changes something sees it at once; what only
 * background work changes shows within {@code fresh-for}. The whole {@link Actor} is in
 * the key (practice, role, name, time zone), so nobody is shown a part rendered for
 * another person, and the practice's date is, so "overdue" moves at midnight.
 * <p>
 * A kept part must hold no form that posts: its CSRF token would be served to another
 * session. The layout and any form around the part are rendered on every request.
 */
@Component
public class KeptParts {

	/** The asset list's results are the largest part, about 60 KB with 100 rows. */
	static final int MAX_ENTRIES = 300;

	private final KeptContent<Key, Object> parts;

	private final Clock clock;

	private final TemplateStrings templates;

	KeptParts(Clock clock, TemplateStrings templates, @Value("${bulwark.pages.fresh-for:15s}") Duration freshFor) {
		this.clock = clock;
		this.templates = templates;
		this.parts = new KeptContent<>(freshFor, MAX_ENTRIES);
	}

	/**
	 * The HTML of {@code template} (a template of its own, or a fragment such as
	 * {@code "inventory/assets :: results"}) as kept for the signed-in person, the page's
	 * wording and {@code params}; when nothing fresh is kept, {@code fill} adds what the
	 * template reads to the model and the template is rendered with the current request.
	 */
	public String html(String template, Model model, Object params, Runnable fill) {
		return get(template, model, params, () -> {
			fill.run();
			return render(template, model);
		});
	}

	/**
	 * Renders {@code template} with the model into a string, with the current request
	 * (for a {@link #get} that keeps more than one part of a page).
	 */
	public String render(String template, Model model) {
		ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		return this.templates.render(template, model.asMap(), request.getRequest(), request.getResponse());
	}

	/**
	 * The part kept for the signed-in person, the page's wording and {@code params}, or
	 * what {@code render} gives (then kept).
	 * @param part names the part, unique across the application (the template, say)
	 * @param model the page's model, for its wording (plain words or the auditor's view)
	 * @param params everything else the part depends on (filter, page): a record or a
	 * list with value equality
	 * @param render renders the part; it runs only when nothing fresh is kept
	 */
	@SuppressWarnings("unchecked")
	public <V> V get(String part, Model model, Object params, Supplier<V> render) {
		Actor actor = CurrentActor.get();
		boolean auditorView = model.getAttribute("words") instanceof PlainWords words && words.auditor();
		Instant now = this.clock.instant();
		Key key = new Key(part, actor, auditorView, LocalDate.ofInstant(now, actor.zone()), params);
		return (V) this.parts.get(key, now, render::get);
	}

	/**
	 * A practice's audited change is on its pages at the next view; an installation-wide
	 * one (a person's name, a role) drops everything. A plain {@code @EventListener}, as
	 * for the dashboard, so no publication row is stored per change.
	 */
	@EventListener
	void changed(ChangeCommitted event) {
		UUID practiceId = event.practiceId();
		if (practiceId == null) {
			this.parts.dropAll();
		}
		else {
			this.parts.dropIf((k) -> practiceId.equals(k.actor().practiceId()));
		}
	}

	int size() {
		return this.parts.size();
	}

	private record Key(String part, Actor actor, boolean auditorView, LocalDate day, Object params) {
	}

}
