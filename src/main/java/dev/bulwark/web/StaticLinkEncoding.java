package dev.bulwark.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Rewrites links to static files only. Spring Boot's own
 * {@link ResourceUrlEncodingFilter} (switched on because the WebJars locator is on the
 * class path) asks the resource chain about every link a template builds, and a link that
 * is not a file (every {@code /tasks/...} row of the dashboard) is looked up in each
 * static location of the jar on every request, uncached: on the dashboard that was most
 * of the page's time. This filter replaces it and resolves only links under the static
 * folders, so versionless WebJars links ({@code /webjars/htmx.org/dist/htmx.min.js})
 * still work.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinkEncoding {

	/**
	 * The folders static files are served from ({@code src/main/resources/static},
	 * WebJars).
	 */
	static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon");

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinkEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticOnlyFilter());
		registration.setUrlPatterns(List.of("/*"));
		return registration;
	}

	static boolean isStatic(String url, String contextPath) {
		String path = (!contextPath.isEmpty() && url.startsWith(contextPath)) ? url.substring(contextPath.length())
				: url;
		return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
	}

	static final class StaticOnlyFilter extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
				chain.doFilter(request, response);
				return;
			}
			chain.doFilter(request, new HttpServletResponseWrapper(out) {
				@Override
				public String encodeURL(String url) {
					return super.encodeURL(resolve(http, url));
				}
			});
		}

		private static String resolve(HttpServletRequest request, String url) {
			if (!isStatic(url, request.getContextPath())) {
				return url;
			}
			Object provider = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
			if (provider instanceof ResourceUrlProvider resources) {
				String resolved = resources.getForRequestUrl(request, url);
				return (resolved != null) ? resolved : url;
			}
			return url;
		}

	}

}
