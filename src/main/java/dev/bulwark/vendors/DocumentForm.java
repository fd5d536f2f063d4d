package dev.bulwark.vendors;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * Another signed document for an agreement, from the evidence panel on its page.
 *
 * @param file the document
 * @param title what it is; the agreement's name when left empty
 */
record DocumentForm(MultipartFile file,
		@Size(max = 200, message = "Keep the title under 200 characters.") String title) {
}
