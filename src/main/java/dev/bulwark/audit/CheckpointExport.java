package dev.bulwark.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;

/**
 * The text file {@code audit checkpoint export} writes for the administrator to keep
 * outside the database (a USB stick, another server, a printout), and
 * {@code audit verify --against} reads back. Plain lines, readable by a person:
 *
 * <pre>
 * bulwark-audit-checkpoint 1
 * checkpoint 42 2026-11-23T10:15:30.123Z 9f86d0...
 * chain 6f1c...-... 1520 2c26b4...
 * </pre>
 *
 * Each {@code chain} line is a chain's head as anchored up to that checkpoint. With the
 * file, a later verification can prove that the checkpoint and every listed entry still
 * exist unchanged, even if someone with database rights rewrote the checkpoints as well.
 *
 * @param seq the checkpoint's number
 * @param createdAt when it was written
 * @param hash its hash
 * @param chains every chain's anchored head as of that checkpoint
 */
record CheckpointExport(long seq, Instant createdAt, String hash, List<AuditCheckpoint.Chain> chains) {

	static final String HEADER = "bulwark-audit-checkpoint 1";

	void write(PrintWriter out) {
		out.println(HEADER);
		out.println("# Keep this file outside Bulwark's server and database. Check the audit trail against it with:");
		out.println("#   java -jar bulwark.jar audit verify --against <this file>");
		out.println("checkpoint " + this.seq + " " + this.createdAt + " " + this.hash);
		this.chains.stream()
			.sorted(Comparator.comparing((chain) -> chain.practiceId().toString()))
			.forEach((chain) -> out
				.println("chain " + chain.practiceId() + " " + chain.lastSeq() + " " + chain.lastHash()));
		out.flush();
	}

	/**
	 * Reads an exported file.
	 * @throws InvalidInputException with a message for the administrator when the file is
	 * not an export
	 */
	static CheckpointExport read(Reader in) throws IOException {
		BufferedReader lines = new BufferedReader(in);
		String first = lines.readLine();
		if (first == null || !first.strip().equals(HEADER)) {
			throw problem("not an audit checkpoint export (its first line must be \"" + HEADER + "\")");
		}
		Long seq = null;
		Instant createdAt = null;
		String hash = null;
		List<AuditCheckpoint.Chain> chains = new ArrayList<>();
		String line;
		int number = 1;
		while ((line = lines.readLine()) != null) {
			number++;
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			String[] parts = text.split("\\s+");
			try {
				if (parts[0].equals("checkpoint") && parts.length == 4) {
					seq = Long.parseLong(parts[1]);
					createdAt = Instant.parse(parts[2]);
					hash = hex(parts[3]);
				}
				else if (parts[0].equals("chain") && parts.length == 4) {
					chains.add(new AuditCheckpoint.Chain(UUID.fromString(parts[1]), Long.parseLong(parts[2]),
							hex(parts[3])));
				}
				else {
					throw problem("line " + number + " is not a checkpoint or chain line");
				}
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				throw problem("line " + number + " cannot be read");
			}
		}
		if (seq == null) {
			throw problem("the file has no checkpoint line");
		}
		return new CheckpointExport(seq, createdAt, hash, List.copyOf(chains));
	}

	private static InvalidInputException problem(String message) {
		return InvalidInputException.of("against", message);
	}

	private static String hex(String value) {
		if (!value.matches("[0-9a-f]{64}")) {
			throw problem("a hash is not 64 hexadecimal digits");
		}
		return value;
	}

}
