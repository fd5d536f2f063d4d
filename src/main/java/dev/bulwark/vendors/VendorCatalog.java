package dev.bulwark.vendors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The module's regulatory content, {@code catalog/vendors.yaml}: the terms a business
 * associate agreement is checked for. Read once at start-up; a broken file stops the
 * application with its message.
 */
@Component
class VendorCatalog {

	static final String LOCATION = "catalog/vendors.yaml";

	private final List<BaaTerm> terms;

	private final List<Question> questions;

	VendorCatalog() {
		File file = load();
		this.terms = List.copyOf(file.baaTerms());
		this.questions = List.copyOf(file.verificationQuestions());
	}

	/**
	 * The questions of the yearly safeguards verification (a proposed rule), in the
	 * file's order.
	 */
	List<Question> questions() {
		return this.questions;
	}

	/** Every term, proposed ones included, in the file's order. */
	List<BaaTerm> terms() {
		return this.terms;
	}

	/** The terms shown to a practice: the proposed one only in NPRM-ready mode. */
	List<BaaTerm> terms(boolean nprmMode) {
		return this.terms.stream().filter((term) -> nprmMode || !term.proposed()).toList();
	}

	/** The terms of the rule in force, all of which a current agreement must contain. */
	List<BaaTerm> requiredTerms() {
		return this.terms.stream().filter((term) -> !term.proposed()).toList();
	}

	Optional<BaaTerm> term(String key) {
		return this.terms.stream().filter((term) -> term.key().equals(key)).findFirst();
	}

	static File load() {
		ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			File file = yaml.readValue(in, File.class);
			if (file.baaTerms() == null || file.baaTerms().isEmpty()) {
				throw new IllegalStateException(LOCATION + " lists no business associate agreement terms");
			}
			if (file.verificationQuestions() == null || file.verificationQuestions().isEmpty()) {
				throw new IllegalStateException(LOCATION + " lists no verification questions");
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(LOCATION + " could not be read", ex);
		}
	}

	/** The file as written. */
	record File(@JsonProperty("baa_terms") List<BaaTerm> baaTerms,
			@JsonProperty("verification_questions") List<Question> verificationQuestions) {
	}

	/**
	 * A question of the vendor security questionnaire.
	 *
	 * @param key stable key, stored with each answer
	 * @param citation the safeguard of the rule in force it asks about
	 * @param text the question in plain words
	 */
	record Question(String key, String citation, String text) {

		public String label() {
			return this.text.strip() + " (" + this.citation + ")";
		}

	}

	/**
	 * A term a business associate agreement is checked for.
	 *
	 * @param key stable key, stored with each agreement
	 * @param citation where the rule (or the proposed rule) asks for it
	 * @param text the term in plain words
	 * @param proposed whether it is a term of the 2025 proposed rule only
	 */
	record BaaTerm(String key, String citation, String text, boolean proposed) {

		/** The text with its citation, labelled when proposed. */
		public String label() {
			return (this.proposed ? "Proposed rule (not yet law): " : "") + this.text.strip() + " (" + this.citation
					+ ")";
		}

	}

}
