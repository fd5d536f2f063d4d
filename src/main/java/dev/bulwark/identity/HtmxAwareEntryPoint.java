package dev.bulwark.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A partial-page (htmx) request whose session has ended must reload the whole page at the
 * sign-in screen, not paste the sign-in form into a fragment of the old page.
 */
class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint delegate;

	HtmxAwareEntryPoint(LoginUrlAuthenticationEntryPoint delegate) {
		this.delegate = delegate;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", request.getContextPath() + this.delegate.getLoginFormUrl());
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		this.delegate.commence(request, response, exception);
	}

}
