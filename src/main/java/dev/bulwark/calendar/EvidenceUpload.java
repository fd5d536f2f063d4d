package dev.bulwark.calendar;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file added to a task from the evidence panel on its page (the panel also posts the
 * owner and the return path, which the task's address already gives).
 */
record EvidenceUpload(@Size(max = 200, message = "Keep the title under 200 characters.") String title,
		MultipartFile file) {

}
