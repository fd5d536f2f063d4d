package dev.bulwark.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.IdleWrites;
import dev.bulwark.shared.KeptContent;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.RequestMemo;
import dev.bulwark.shared.TemplateStrings;
import dev.bulwark.shared.TimeZones;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Adds what the layout needs to every page: the signed-in person, the navigation they may
 * use, and the idle time after which the browser leaves the page (automatic logoff clears
 * the screen, not just the session).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final List<NavigationItem> navigation;

	private final String version;

	/** About 3 KB each: one per role and page address visited. */
	private final KeptContent<NavigationKey, String> navigationHtml = new KeptContent<>(Duration.ofHours(1), 500);

	private final TemplateStrings templates;

	private final Clock clock;

	LayoutModelAdvice(List<NavigationItem> navigation, @Value("${bulwark.version:0.1.0}") String version,
			TemplateStrings templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
		this.navigation = navigation.stream().sorted(java.util.Comparator.comparingInt(NavigationItem::order)).toList();
		this.version = version;
	}

	@ModelAttribute("actor")
	Actor actor() {
		return CurrentActor.find().orElse(null);
	}

	/**
	 * The navigation rendered, kept per choice of items and address: it is the largest
	 * part of every page's layout (about thirty links, each asking whether it is the
	 * current page), and it only changes with a person's permissions and the page they
	 * are on.
	 */
	@ModelAttribute("navigationHtml")
	String navigationHtml(HttpServletRequest request) {
		Map<String, List<NavigationItem>> groups = navigation();
		if (groups.isEmpty()
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current)
				|| current.getResponse() == null) {
			return null;
		}
		String path = currentPath(request);
		return this.navigationHtml.get(new NavigationKey(groups, path), this.clock.instant(),
				() -> this.templates.render("layout :: navigation", Map.of("navigation", groups, "currentPath", path),
						request, current.getResponse()));
	}

	@ModelAttribute("navigation")
	Map<String, List<NavigationItem>> navigation() {
		// Once per request: the kept HTML's key needs it too.
		return RequestMemo.get("layout.navigation", () -> {
			Actor actor = CurrentActor.find().orElse(null);
			Map<String, List<NavigationItem>> groups = new LinkedHashMap<>();
			if (actor != null) {
				for (NavigationItem item : this.navigation) {
					if (item.visibleTo(actor)) {
						groups.computeIfAbsent(item.group(), (group) -> new ArrayList<>()).add(item);
					}
				}
			}
			groups.replaceAll((group, items) -> List.copyOf(items));
			return Collections.unmodifiableMap(groups);
		});
	}

	/**
	 * The practice's time zone, for showing dates as the practice's local dates:
	 * {@code ${#temporals.format(instant, 'yyyy-MM-dd', zone)}}.
	 */
	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return CurrentActor.find().map(Actor::zone).orElse(TimeZones.UTC);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("idleSeconds")
	Integer idleSeconds(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		// Less the lag of the stored last access: the page leaves while the session still
		// exists.
		return session == null || CurrentActor.find().isEmpty() ? null
				: IdleWrites.browserSeconds(session.getMaxInactiveInterval());
	}

	@ModelAttribute("bulwarkVersion")
	String version() {
		return this.version;
	}

	private record NavigationKey(Map<String, List<NavigationItem>> groups, String path) {
	}

}
