package dev.bulwark.policies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The policy templates shipped under {@code catalog/policies/}: one Markdown file per
 * policy, with YAML front matter (key, title, order, citations, summary) between
 * {@code ---} lines. Read once at start-up; a broken file stops the application with a
 * message naming it, rather than offering half a set.
 */
@Component
class PolicyTemplates {

	static final String LOCATION = "classpath:catalog/policies/*.md";

	private final List<PolicyTemplate> templates;

	PolicyTemplates() {
		this(new PathMatchingResourcePatternResolver());
	}

	PolicyTemplates(ResourcePatternResolver resolver) {
		this.templates = load(resolver);
	}

	/** Every template, in manual order. */
	List<PolicyTemplate> all() {
		return this.templates;
	}

	Optional<PolicyTemplate> find(String key) {
		return this.templates.stream().filter((template) -> template.key().equals(key)).findFirst();
	}

	/** Front matter fields; unknown ones fail, so a misspelt field is reported. */
	record FrontMatter(String key, String title, Integer order, List<String> citations, String summary) {

	}

	static List<PolicyTemplate> load(ResourcePatternResolver resolver) {
		ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		List<PolicyTemplate> loaded = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources(LOCATION)) {
				String name = resource.getFilename();
				String text = resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
				try {
					loaded.add(parse(name, text, yaml));
				}
				catch (IllegalStateException | JacksonException ex) {
					problems.add(name + ": " + ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The policy templates could not be read", ex);
		}
		if (loaded.isEmpty() && problems.isEmpty()) {
			problems.add("no templates found at " + LOCATION);
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Policy templates are broken: " + String.join("; ", problems));
		}
		loaded.sort(Comparator.comparingInt(PolicyTemplate::order).thenComparing(PolicyTemplate::key));
		return List.copyOf(loaded);
	}

	static PolicyTemplate parse(String fileName, String text, ObjectMapper yaml) {
		if (!text.startsWith("---\n")) {
			throw new IllegalStateException("the file must start with front matter between --- lines");
		}
		int end = text.indexOf("\n---\n", 4);
		if (end < 0) {
			throw new IllegalStateException("the front matter is not closed with a --- line");
		}
		FrontMatter front = yaml.readValue(text.substring(4, end), FrontMatter.class);
		String body = text.substring(end + 5).strip() + "\n";
		List<String> problems = new ArrayList<>();
		String expectedKey = fileName.substring(0, fileName.length() - ".md".length());
		if (front.key() == null || !front.key().equals(expectedKey)) {
			problems.add("key must be the file's name, " + expectedKey);
		}
		if (front.title() == null || front.title().isBlank()) {
			problems.add("title is missing");
		}
		if (front.order() == null) {
			problems.add("order is missing");
		}
		if (front.citations() == null || front.citations().isEmpty()) {
			problems.add("citations are missing");
		}
		if (front.summary() == null || front.summary().isBlank()) {
			problems.add("summary is missing");
		}
		if (body.isBlank()) {
			problems.add("the text is empty");
		}
		problems.addAll(TemplateText.problems(body));
		if (!problems.isEmpty()) {
			throw new IllegalStateException(String.join(", ", problems));
		}
		return new PolicyTemplate(front.key(), front.title().strip(), front.order(), front.citations(),
				front.summary().strip(), body);
	}

}
