package dev.bulwark.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The training modules shipped under {@code catalog/training/}, one YAML file each: text
 * in Markdown, citations with their marks, a quiz and a pass mark. Read once at start-up
 * and checked: a broken module (a question without a valid answer, a pass mark out of
 * range, two modules with one key) stops the application with a message naming the file,
 * rather than offering a quiz nobody can pass.
 */
@Component
class TrainingCatalog {

	static final String LOCATION = "classpath:catalog/training/*.yaml";

	private final List<TrainingModule> modules;

	TrainingCatalog() {
		this(new PathMatchingResourcePatternResolver());
	}

	TrainingCatalog(ResourcePatternResolver resolver) {
		this.modules = load(resolver);
	}

	/** Every module, in course order. */
	List<TrainingModule> all() {
		return this.modules;
	}

	Optional<TrainingModule> find(String key) {
		return this.modules.stream().filter((module) -> module.key().equals(key)).findFirst();
	}

	static List<TrainingModule> load(ResourcePatternResolver resolver) {
		ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		List<TrainingModule> loaded = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources(LOCATION)) {
				String name = resource.getFilename();
				try (var in = resource.getInputStream()) {
					TrainingModule module = yaml.readValue(in, TrainingModule.class);
					List<String> wrong = problems(module);
					if (wrong.isEmpty()) {
						loaded.add(module);
					}
					else {
						problems.add(name + ": " + String.join(", ", wrong));
					}
				}
				catch (JacksonException ex) {
					problems.add(name + ": " + ex.getOriginalMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The training modules could not be read", ex);
		}
		Set<String> keys = new HashSet<>();
		for (TrainingModule module : loaded) {
			if (!keys.add(module.key())) {
				problems.add("two modules have the key " + module.key());
			}
		}
		if (loaded.isEmpty() && problems.isEmpty()) {
			problems.add("no modules found at " + LOCATION);
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Training modules are broken: " + String.join("; ", problems));
		}
		loaded.sort(Comparator.comparingInt(TrainingModule::order).thenComparing(TrainingModule::key));
		return List.copyOf(loaded);
	}

	/** What is wrong with a module, in words for whoever edits the file. */
	static List<String> problems(TrainingModule module) {
		List<String> problems = new ArrayList<>();
		if (module.key() == null || !module.key().matches("[a-z0-9-]{1,60}")) {
			problems.add("the key must be lower-case letters, digits and dashes");
		}
		if (module.version() < 1) {
			problems.add("the version must be 1 or more");
		}
		if (module.title() == null || module.title().isBlank() || module.body() == null || module.body().isBlank()) {
			problems.add("a title and a body are needed");
		}
		if (module.citations().isEmpty()) {
			problems.add("cite at least one rule");
		}
		module.citations()
			.stream()
			.filter((cited) -> cited.citation() == null || cited.mark() == null)
			.findAny()
			.ifPresent((cited) -> problems.add("every citation needs its mark"));
		if (module.passMark() < 50 || module.passMark() > 100) {
			problems.add("the pass mark must be between 50 and 100 percent");
		}
		if (module.quiz().size() < 5 || module.quiz().size() > 8) {
			problems.add("the quiz must have 5 to 8 questions");
		}
		for (int i = 0; i < module.quiz().size(); i++) {
			TrainingModule.QuizQuestion question = module.quiz().get(i);
			if (question.question() == null || question.question().isBlank()) {
				problems.add("question " + (i + 1) + " has no text");
			}
			if (question.choices().size() < 2
					|| question.choices().stream().anyMatch((c) -> c == null || c.isBlank())) {
				problems.add("question " + (i + 1) + " needs at least two choices, none blank");
			}
			else if (new HashSet<>(question.choices()).size() != question.choices().size()) {
				problems.add("question " + (i + 1) + " repeats a choice");
			}
			if (question.answer() < 0 || question.answer() >= question.choices().size()) {
				problems.add("question " + (i + 1) + "'s answer is not one of its choices");
			}
		}
		return problems;
	}

}
