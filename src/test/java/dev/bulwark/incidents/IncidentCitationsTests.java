package dev.bulwark.incidents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every citation the incidents module writes (pages, due items, gaps, the response plan,
 * comments) is one the project's regulatory reference names.
 */
class IncidentCitationsTests {

	private static final Pattern CITATION = Pattern.compile("\\b16[04]\\.\\d{3}(\\([a-z0-9]+\\))*");

	private static final Path REFERENCE = Path.of("src", "test", "resources", "reference");

	private static Set<String> citations(Stream<Path> files) throws IOException {
		Set<String> found = new TreeSet<>();
		for (Path file : files.toList()) {
			Matcher matcher = CITATION.matcher(Files.readString(file));
			while (matcher.find()) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	@Test
	void everyCitationOfTheModuleIsInTheReference() throws IOException {
		String reference;
		try (Stream<Path> files = Files.list(REFERENCE)) {
			StringBuilder text = new StringBuilder();
			for (Path file : files.toList()) {
				text.append(Files.readString(file)).append('\n');
			}
			reference = text.toString();
		}
		Set<String> used;
		try (Stream<Path> java = Files.list(Path.of("src", "main", "java", "dev", "bulwark", "incidents"));
				Stream<Path> templates = Files.list(Path.of("src", "main", "resources", "templates", "incidents"))) {
			used = citations(Stream.concat(java, templates));
		}
		assertThat(used).contains("164.404(b)", "164.406", "164.408", "164.410", "164.412", "164.308(a)(6)(ii)");
		// The whole citation, not the start of a longer one: 164.308(a)(6) is not in the
		// reference merely because 164.308(a)(6)(ii) is.
		assertThat(used).allSatisfy((citation) -> assertThat(
				Pattern.compile(Pattern.quote(citation) + "(?![(\\w])").matcher(reference).find())
			.as(citation)
			.isTrue());
	}

}
