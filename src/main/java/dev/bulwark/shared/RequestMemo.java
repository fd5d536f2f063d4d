package dev.bulwark.shared;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers an expensive read for the rest of one GET or HEAD request.
 * <p>
 * The dashboard asks several modules for a card, and each card reads the same things
 * again: the current assessment's answers and live risk register were built four times
 * per view, the inventory's systems twice. A page read changes nothing, so what a read
 * returned earlier in the same request is still true; a request that may write (POST,
 * PUT, PATCH, DELETE) and any code outside a request (ticks, CLI, tests calling a facade)
 * always read afresh. Only immutable values may be remembered: callers share the
 * instance.
 */
public final class RequestMemo {

	private static final String PREFIX = RequestMemo.class.getName() + ".";

	private RequestMemo() {
	}

	/**
	 * The value remembered under the key in this request, or else the supplier's,
	 * remembered when the request is a read.
	 * @param key what the value is and of what (for example
	 * {@code "systems:" + practiceId})
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(String key, Supplier<T> supplier) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet) || !isRead(servlet.getRequest())) {
			return supplier.get();
		}
		String name = PREFIX + key;
		Object known = attributes.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (known != null) {
			return (T) known;
		}
		T value = supplier.get();
		if (value != null) {
			attributes.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
		}
		return value;
	}

	private static boolean isRead(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method);
	}

}
