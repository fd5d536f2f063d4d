package archfixture;

import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Deliberate violations for {@code ArchitectureRulesCatchViolationsTests}: kept outside
 * {@code dev.bulwark} so no Spring context ever picks them up.
 */
public final class UnprotectedController {

	private UnprotectedController() {
	}

	@Controller
	public static class Open {

		@GetMapping("/nobody-declared-who-may-call-this")
		String page() {
			return "x";
		}

	}

	@Repository
	public static class PublicRepository {

		void print() {
			System.out.println("leaks to standard out");
		}

	}

}
