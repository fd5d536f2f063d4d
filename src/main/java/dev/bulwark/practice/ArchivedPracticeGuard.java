package dev.bulwark.practice;

import java.util.Set;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.StateConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses every changing request (POST, PUT, PATCH, DELETE) to an endpoint of a practice
 * ({@link Permitted} with a practice permission) while the person works in an archived
 * practice: 409 with a plain message, on pages and in the API, before the request is
 * read. Reading stays possible; switching practice, one's own account and the MSP's
 * installation-wide pages (which archive and restore) are not practice records.
 */
@Configuration(proxyBeanMethods = false)
class ArchivedPracticeGuard implements HandlerInterceptor, WebMvcConfigurer {

	static final String MESSAGE = "This practice is archived: its records are kept read-only for retention and "
			+ "cannot be changed. An MSP administrator can take it out of the archive.";

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final PracticeRepository practices;

	ArchivedPracticeGuard(PracticeRepository practices) {
		this.practices = practices;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// After the permission check: a role without the permission still gets 403.
		registry.addInterceptor(this).order(100);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !CHANGING.contains(request.getMethod())) {
			return true;
		}
		Permitted permitted = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Permitted.class);
		if (permitted == null) {
			permitted = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Permitted.class);
		}
		if (permitted == null || permitted.value().installationWide()) {
			return true;
		}
		Actor actor = CurrentActor.find().orElse(null);
		if (actor != null && actor.hasPractice() && this.practices.isArchived(actor.practiceId())) {
			throw StateConflictException.of(MESSAGE);
		}
		return true;
	}

}
