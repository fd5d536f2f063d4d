package dev.bulwark;

import java.util.List;

import dev.bulwark.identity.TestMembers.TestMember;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One module's contribution to {@link CrossPracticeAccessTests}: given the security
 * officer of a victim practice, create some of that practice's records and return
 * requests that try to read or change them. The test sends each request as the most
 * privileged user of <em>another</em> practice (security officer in the browser, or with
 * their API token for {@code /api/**}), expects 403 or 404 (or 400 for an id of the
 * victim inside a JSON body or a query parameter, refused like one that does not exist),
 * and then checks that nothing changed.
 * <p>
 * Implementations live in any test package under {@code dev.bulwark}, have an autowirable
 * constructor, and are found automatically. {@link #covers()} lists the URL patterns they
 * exercise; the test fails if an endpoint taking an id is covered by no case.
 */
public interface CrossPracticeCase {

	/**
	 * Handler URL patterns this case attacks, exactly as mapped, e.g.
	 * {@code /practice/users/{userId}/role}.
	 */
	List<String> covers();

	List<Attempt> attempts(TestMember victimOwner);

	/**
	 * @param description what is being tried
	 * @param request the request (authentication and CSRF token are added by the test)
	 * @param assertUnchanged throws if the victim's data changed
	 */
	record Attempt(String description, MockHttpServletRequestBuilder request, Runnable assertUnchanged) {

		public static Attempt of(String description, MockHttpServletRequestBuilder request, Runnable unchanged) {
			return new Attempt(description, request, unchanged);
		}

	}

}
