package dev.bulwark.inventory;

import org.springframework.web.multipart.MultipartFile;

/**
 * The import page's form.
 *
 * @param file the CSV file
 * @param validOnly import the rows without problems and skip the others (by default
 * nothing is saved if any row is rejected)
 */
record ImportForm(MultipartFile file, Boolean validOnly) {

	/**
	 * A form sent without the tick box (a script, or no JavaScript) means "all or
	 * nothing".
	 */
	ImportForm {
		validOnly = Boolean.TRUE.equals(validOnly);
	}

	static ImportForm blank() {
		return new ImportForm(null, false);
	}

}
