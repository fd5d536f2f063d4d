package dev.bulwark.shared;

import java.util.List;
import java.util.UUID;

/**
 * A module's part of the audit binder: the documents an auditor asks of it (a signed
 * report, a register as CSV, signed BAAs, restore-test records). Each module that keeps
 * records an auditor reads implements this as a Spring bean; the binder collects every
 * bean, writes each section into its own folder of the ZIP, links it from the index page
 * and adds every file to the SHA-256 manifest.
 * <p>
 * Called inside a read-only transaction with the practice and the person exporting; a
 * module returns what that person may read (an auditor exports too) and writes no audit
 * entry of its own: the binder records one entry for the whole export.
 */
public interface BinderSection {

	/**
	 * Folder name in the ZIP and position in the index, e.g. {@code 06-vendors}. Numbers
	 * in use: 01-risk-analysis, 02-inventory, 03-policies, 04-workforce, 05-training,
	 * 06-vendors, 07-contingency, 08-incidents, 09-calendar, 10-evidence, 11-audit-trail.
	 */
	String folder();

	/** Heading on the index page, e.g. "Vendors and business associate agreements". */
	String title();

	/** The documents of this section now; empty when there is nothing yet. */
	List<Document> documents(UUID practiceId, Actor actor);

	/**
	 * One file in the binder.
	 *
	 * @param fileName name inside the section's folder, e.g. {@code vendors.csv}
	 * @param description one line for the index page
	 * @param mediaType e.g. {@code text/csv}, {@code application/pdf}
	 * @param content the bytes
	 */
	record Document(String fileName, String description, String mediaType, byte[] content) {

		public Document {
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return this.content.clone();
		}

	}

}
