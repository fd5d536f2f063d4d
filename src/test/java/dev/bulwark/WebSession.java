package dev.bulwark;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A browser-like sequence of MockMvc requests that keeps cookies (the Spring Session
 * cookie) between requests, for tests of multi-step flows such as sign-in. Form posts
 * carry a valid CSRF token.
 */
public final class WebSession {

	private final MockMvcTester mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private String remoteAddress = "127.0.0.1";

	public WebSession(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public WebSession from(String address) {
		this.remoteAddress = address;
		return this;
	}

	public MvcTestResult get(String uri) {
		return remember(this.mvc.get().uri(uri).with(cookies()).exchange());
	}

	public MvcTestResult post(String uri, String... nameValuePairs) {
		var request = this.mvc.post().uri(uri).with(csrf()).with(cookies());
		for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
			request = request.param(nameValuePairs[i], nameValuePairs[i + 1]);
		}
		return remember(request.exchange());
	}

	/**
	 * A form post as a forged cross-site request would send it: with the cookie, without
	 * the CSRF token.
	 */
	public MvcTestResult postWithoutCsrf(String uri, String... nameValuePairs) {
		var request = this.mvc.post().uri(uri).with(cookies());
		for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
			request = request.param(nameValuePairs[i], nameValuePairs[i + 1]);
		}
		return remember(request.exchange());
	}

	/** Signs in with password and the member's current authenticator code. */
	public WebSession signIn(String email, String password, String code) {
		post("/login", "username", email, "password", password);
		post("/mfa/totp", "code", code);
		return this;
	}

	public String sessionId() {
		Cookie cookie = this.cookies.get("BULWARK_SESSION");
		return cookie == null ? null : cookie.getValue();
	}

	private RequestPostProcessor cookies() {
		return (request) -> {
			request.setRemoteAddr(this.remoteAddress);
			if (!this.cookies.isEmpty()) {
				request.setCookies(this.cookies.values().toArray(new Cookie[0]));
			}
			return request;
		};
	}

	private MvcTestResult remember(MvcTestResult result) {
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

}
