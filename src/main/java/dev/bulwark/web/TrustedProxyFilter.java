package dev.bulwark.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a trusted reverse proxy Bulwark speaks plain HTTP, so it must refuse anything
 * that did not come through that proxy over HTTPS: a direct connection from elsewhere on
 * the network, or a request the proxy received over plain HTTP. Tomcat's remote-IP valve
 * has already replaced the proxy's address and scheme with the forwarded ones, so a
 * request from the proxy shows up as secure.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxyFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> trustedProxyOnly(
			@Value("${bulwark.server.transport-mode:LOOPBACK_HTTP}") String mode) {
		boolean active = TransportPolicy.Mode.BEHIND_PROXY.name().equals(mode);
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						if (active && !request.isSecure() && !request.getRequestURI().equals("/actuator/health")) {
							response.sendError(HttpServletResponse.SC_FORBIDDEN,
									"Connect through the configured HTTPS reverse proxy.");
							return;
						}
						chain.doFilter(request, response);
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setUrlPatterns(List.of("/*"));
		registration.setEnabled(active);
		return registration;
	}

}
