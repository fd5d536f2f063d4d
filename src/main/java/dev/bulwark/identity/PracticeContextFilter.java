package dev.bulwark.identity;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs on every signed-in browser request, after authentication and before authorization:
 * <ul>
 * <li>ends sessions older than the absolute limit;</li>
 * <li>ends the session of an account that has been deactivated;</li>
 * <li>sends a session whose practice ended the person's access to the list of their
 * practices, rather than carrying the request over to another practice;</li>
 * <li>resolves the practice the person works in (remembered in the session) and their
 * current role there, and exposes both as the request's
 * {@link PracticeAuthentication};</li>
 * <li>applies that practice's automatic-logoff setting to the session.</li>
 * </ul>
 */
class PracticeContextFilter extends OncePerRequestFilter {

	static final String PRACTICE_ATTRIBUTE = "bulwark.practiceId";

	/**
	 * A request attribute: the person's "Show auditor details" choice, read with the
	 * account.
	 */
	static final String AUDITOR_VIEW_ATTRIBUTE = "bulwark.auditorView";

	private final ActorLookup lookup;

	private final SessionProperties sessions;

	private final Clock clock;

	PracticeContextFilter(ActorLookup lookup, SessionProperties sessions, Clock clock) {
		this.lookup = lookup;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication authentication = context.getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken
				|| authentication instanceof PracticeAuthentication) {
			chain.doFilter(request, response);
			return;
		}
		HttpSession session = request.getSession(false);
		if (session != null
				&& this.clock.millis() - session.getCreationTime() > this.sessions.absoluteTimeout().toMillis()) {
			endSession(request, response, session, "expired");
			return;
		}
		// Only the membership of the practice the session works in, when it is still
		// there; the whole list (hundreds of rows for an MSP person) only to choose one.
		UUID wanted = (session != null) ? (UUID) session.getAttribute(PRACTICE_ATTRIBUTE) : null;
		List<ActorLookup.Row> rows = (wanted != null) ? this.lookup.byEmail(authentication.getName(), wanted)
				: List.of();
		if (rows.isEmpty() || rows.get(0).practiceId() == null) {
			rows = this.lookup.byEmail(authentication.getName());
		}
		if (rows.isEmpty() || !rows.get(0).active()) {
			endSession(request, response, session, "ended");
			return;
		}
		if (practiceRemoved(rows, session) && !isStaticResource(request)) {
			// The practice this session was working in ended the person's access. Never
			// carry the request over to another practice they belong to (a form meant
			// for one practice must not land in the other): ask them to choose.
			session.removeAttribute(PRACTICE_ATTRIBUTE);
			redirect(request, response, "/practices?removed");
			return;
		}
		request.setAttribute(AUDITOR_VIEW_ATTRIBUTE, rows.get(0).auditorView());
		ActorLookup.Row chosen = choose(rows, session);
		Actor actor;
		if (chosen == null) {
			ActorLookup.Row user = rows.get(0);
			actor = new Actor(user.userId(), user.email(), user.displayName(), null, null, null, false, null,
					user.mspRole());
		}
		else {
			actor = new Actor(chosen.userId(), chosen.email(), chosen.displayName(), chosen.practiceId(),
					chosen.practiceName(), chosen.role(), false, chosen.zone(), chosen.mspRole());
			if (session != null) {
				// Set only when it changes: every attribute set is written back to the
				// session store (serialised, an UPDATE) at the end of the request.
				if (!chosen.practiceId().equals(session.getAttribute(PRACTICE_ATTRIBUTE))) {
					session.setAttribute(PRACTICE_ATTRIBUTE, chosen.practiceId());
				}
				applyIdleTimeout(session, chosen.idleMinutes());
			}
		}
		SecurityContext perRequest = SecurityContextHolder.createEmptyContext();
		perRequest.setAuthentication(PracticeAuthentication.of(actor, authentication));
		SecurityContextHolder.setContext(perRequest);
		try {
			chain.doFilter(request, response);
		}
		finally {
			// Leave the session's own context in place for anything that runs after the
			// chain.
			SecurityContextHolder.setContext(context);
		}
	}

	private static boolean practiceRemoved(List<ActorLookup.Row> rows, HttpSession session) {
		UUID wanted = session == null ? null : (UUID) session.getAttribute(PRACTICE_ATTRIBUTE);
		return wanted != null && find(rows, wanted).isEmpty();
	}

	private static boolean isStaticResource(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/fonts/") || path.startsWith("/webjars/") || path.startsWith("/favicon");
	}

	private static ActorLookup.Row choose(List<ActorLookup.Row> rows, HttpSession session) {
		UUID wanted = session == null ? null : (UUID) session.getAttribute(PRACTICE_ATTRIBUTE);
		Optional<ActorLookup.Row> inSession = find(rows, wanted);
		if (inSession.isPresent()) {
			return inSession.get();
		}
		Optional<ActorLookup.Row> last = find(rows, rows.get(0).lastPracticeId());
		if (last.isPresent()) {
			return last.get();
		}
		return rows.stream().filter((row) -> row.practiceId() != null).findFirst().orElse(null);
	}

	private static Optional<ActorLookup.Row> find(List<ActorLookup.Row> rows, UUID practiceId) {
		if (practiceId == null) {
			return Optional.empty();
		}
		return rows.stream().filter((row) -> practiceId.equals(row.practiceId())).findFirst();
	}

	private void applyIdleTimeout(HttpSession session, Integer practiceMinutes) {
		long seconds = practiceMinutes == null ? this.sessions.idleTimeout().toSeconds() : practiceMinutes * 60L;
		seconds = Math.min(seconds, this.sessions.maxIdleTimeout().toSeconds());
		if (session.getMaxInactiveInterval() != seconds) {
			session.setMaxInactiveInterval((int) seconds);
		}
	}

	private static void endSession(HttpServletRequest request, HttpServletResponse response, HttpSession session,
			String reason) throws IOException {
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		redirect(request, response, "/login?" + reason);
	}

	/**
	 * A redirect, or for a partial-page (htmx) request a 401 telling htmx where to go.
	 */
	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| "true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", request.getContextPath() + path);
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(request.getContextPath() + path);
	}

}
