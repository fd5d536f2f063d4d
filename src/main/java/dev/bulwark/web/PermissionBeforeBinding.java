package dev.bulwark.web;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permitted;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks an endpoint's {@link Permitted} permission before its arguments are read. The
 * {@code @PreAuthorize} behind {@code @Permitted} runs only once Spring MVC has bound the
 * request (body, parameters, form), so without this a person whose role does not allow an
 * endpoint would get 400 for a malformed request instead of 403, and the server would
 * parse input it then refuses. The {@code @PreAuthorize} stays: it also demands the
 * second factor.
 */
@Configuration(proxyBeanMethods = false)
class PermissionBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Permitted permitted = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Permitted.class);
		if (permitted == null) {
			permitted = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Permitted.class);
		}
		if (permitted == null) {
			return true;
		}
		Actor actor = CurrentActor.find().orElse(null);
		// A practice permission needs a practice (Actor.can checks it); an
		// installation-wide
		// one (the MSP's) does not.
		if (actor == null || !actor.can(permitted.value())) {
			throw new AccessDeniedException("Your role does not allow this.");
		}
		return true;
	}

}
