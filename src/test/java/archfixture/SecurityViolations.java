package archfixture;

import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.PublicEndpoint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Deliberate violations of the security rules for
 * {@code ArchitectureRulesCatchViolationsTests}, one kind per class, and classes that do
 * it right.
 */
public final class SecurityViolations {

	private SecurityViolations() {
	}

	/** Changes records with a permission that only reads. */
	@Controller
	public static class PostWithAReadPermission {

		@PostMapping("/assets/{id}/dispose")
		@Permitted(Permission.INVENTORY_READ)
		String dispose() {
			return "redirect:/";
		}

	}

	/** The same, written as a {@code @RequestMapping} with its method. */
	@Controller
	public static class RequestMappingDeleteWithAReadPermission {

		@RequestMapping(path = "/assets/{id}", method = RequestMethod.DELETE)
		@Permitted(Permission.INVENTORY_READ)
		String delete() {
			return "redirect:/";
		}

	}

	/** A read permission on the class covers a DELETE. */
	@Controller
	@Permitted(Permission.AUDIT_READ)
	public static class ReadPermissionOnTheClass {

		@DeleteMapping("/audit/{id}")
		String delete() {
			return "redirect:/";
		}

	}

	/** Reads with a read permission and changes with a write permission: no violation. */
	@Controller
	public static class ReadsAndWritesRightly {

		@GetMapping("/assets")
		@Permitted(Permission.INVENTORY_READ)
		String list() {
			return "assets";
		}

		@PostMapping("/assets")
		@Permitted(Permission.INVENTORY_EDIT)
		String add() {
			return "redirect:/assets";
		}

	}

	/** Open to anyone, and not on the allowlist. */
	@Controller
	public static class UnlistedPublicEndpoint {

		@GetMapping("/open-to-everyone")
		@PublicEndpoint
		String page() {
			return "x";
		}

	}

	/** Reads and changes a practice's table by id alone. */
	public static class QueriesWithoutThePractice {

		private final JdbcClient jdbc;

		QueriesWithoutThePractice(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		String name(Object id) {
			return this.jdbc.sql("select name from inv_asset where id = :id")
				.param("id", id)
				.query(String.class)
				.single();
		}

	}

	/** A text block updating a practice's table by id alone. */
	public static class UpdatesWithoutThePractice {

		private final JdbcClient jdbc;

		UpdatesWithoutThePractice(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		int rename(Object id, String name) {
			return this.jdbc.sql("""
					update inv_asset
					   set name = :name
					 where id = :id""").param("id", id).param("name", name).update();
		}

	}

	/** A statement built by concatenation, its condition without the practice. */
	public static class ConcatenatesWithoutThePractice {

		private final JdbcClient jdbc;

		ConcatenatesWithoutThePractice(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		long count(String column, Object id) {
			return this.jdbc
				.sql("select count(" + column
						+ ") from inv_asset a join inv_finding f on f.asset_id = a.id where a.id = :id")
				.param("id", id)
				.query(Long.class)
				.single();
		}

	}

	/** Names the practice in every statement on a practice's table: no violation. */
	public static class QueriesWithinThePractice {

		private final JdbcClient jdbc;

		QueriesWithinThePractice(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		String name(Object practiceId, Object id) {
			return this.jdbc.sql("select name from inv_asset where practice_id = :practiceId and id = :id")
				.param("practiceId", practiceId)
				.param("id", id)
				.query(String.class)
				.single();
		}

		long practices() {
			// Not a practice's table.
			return this.jdbc.sql("select count(*) from practice").query(Long.class).single();
		}

		String message() {
			// Not SQL, though it reads like it.
			return "Select the assets you want to keep from the list.";
		}

	}

}
