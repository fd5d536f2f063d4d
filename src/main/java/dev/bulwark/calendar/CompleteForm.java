package dev.bulwark.calendar;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * Completing a task: what was done (optional) and, on the page, a file as evidence. The
 * JSON body of {@code POST /api/v1/tasks/{id}/complete} (files go to {@code POST
 * /api/v1/tasks/{id}/evidence}).
 *
 * @param note what was done, where the result is
 * @param evidenceTitle the title of the file, optional (its name otherwise)
 * @param file the evidence file, optional (pages only)
 */
record CompleteForm(@Size(max = 4000, message = "Keep the note under 4,000 characters.") String note,
		@Size(max = 200, message = "Keep the title under 200 characters.") String evidenceTitle,
		@JsonIgnore MultipartFile file) {

	static CompleteForm blank() {
		return new CompleteForm(null, null, null);
	}

}
