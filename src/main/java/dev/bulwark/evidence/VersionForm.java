package dev.bulwark.evidence;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** A new version of an evidence item: the file and what changed. */
record VersionForm(MultipartFile file, @Size(max = 500, message = "Keep the note under 500 characters.") String note) {

	static VersionForm blank() {
		return new VersionForm(null, null);
	}

}
