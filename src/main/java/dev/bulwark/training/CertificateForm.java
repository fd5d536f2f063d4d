package dev.bulwark.training;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * Another certificate for an outside training record, from the evidence panel on its
 * page.
 *
 * @param file the certificate
 * @param title what it is; "Training certificate: " and the course when left empty
 */
record CertificateForm(MultipartFile file,
		@Size(max = 200, message = "Keep the title under 200 characters.") String title) {
}
