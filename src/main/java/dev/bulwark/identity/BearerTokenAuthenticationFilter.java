package dev.bulwark.identity;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.bulwark.shared.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} requests (and requests for the OpenAPI document) that
 * carry {@code Authorization: Bearer <token>}. Requests without a valid token stay
 * anonymous and are answered 401 by the entry point.
 */
class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Clock clock;

	private final RequestMatcher paths;

	/**
	 * @param paths the requests a token may authenticate: the whole API, or in the
	 * browser chain only the OpenAPI document
	 */
	BearerTokenAuthenticationFilter(ApiTokens tokens, Clock clock, RequestMatcher paths) {
		this.tokens = tokens;
		this.clock = clock;
		this.paths = paths;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.paths.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Optional<ApiTokens.Resolved> resolved = this.tokens.resolve(header.substring(7).trim());
			if (resolved.isPresent()) {
				ApiTokens.Resolved token = resolved.get();
				Actor actor = new Actor(token.userId(), token.email(), token.displayName(), token.practiceId(),
						token.practiceName(), token.role(), true, token.zone(), token.mspRole());
				List<GrantedAuthority> authorities = new ArrayList<>();
				authorities.add(
						FactorGrantedAuthority.withAuthority(Factors.API_TOKEN).issuedAt(this.clock.instant()).build());
				authorities.addAll(PracticeAuthentication.roleAuthorities(actor));
				PracticeAuthentication authentication = new PracticeAuthentication(actor, authorities, null);
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(authentication);
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

}
