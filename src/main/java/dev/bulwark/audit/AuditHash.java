package dev.bulwark.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's hash function: SHA-256 over a length-prefixed encoding of every field and
 * the previous entry's hash. Length prefixes make the encoding unambiguous, so moving
 * text between fields changes the hash.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	/**
	 * A checkpoint's hash: its number, time and predecessor's hash, and the chain heads
	 * it records, sorted by chain id so the database's row order does not matter.
	 */
	static String of(AuditCheckpoint checkpoint) {
		StringBuilder canonical = new StringBuilder(128 + 100 * checkpoint.chains().size());
		field(canonical, "checkpoint");
		field(canonical, checkpoint.seq());
		field(canonical, checkpoint.createdAt().toEpochMilli());
		field(canonical, checkpoint.prevHash());
		java.util.List<AuditCheckpoint.Chain> chains = new java.util.ArrayList<>(checkpoint.chains());
		chains.sort(java.util.Comparator.comparing((chain) -> chain.practiceId().toString()));
		field(canonical, chains.size());
		for (AuditCheckpoint.Chain chain : chains) {
			field(canonical, chain.practiceId());
			field(canonical, chain.lastSeq());
			field(canonical, chain.lastHash());
		}
		return sha256(canonical);
	}

	static String of(AuditEntry entry) {
		StringBuilder canonical = new StringBuilder(256);
		field(canonical, entry.practiceId());
		field(canonical, entry.seq());
		field(canonical, entry.occurredAt().toEpochMilli());
		field(canonical, entry.actorUserId());
		field(canonical, entry.actorLabel());
		field(canonical, entry.action());
		field(canonical, entry.objectType());
		field(canonical, entry.objectId());
		field(canonical, entry.summary());
		field(canonical, entry.remoteAddress());
		field(canonical, entry.prevHash());
		return sha256(canonical);
	}

	private static String sha256(StringBuilder canonical) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void field(StringBuilder canonical, Object value) {
		if (value == null) {
			canonical.append("-1:;");
			return;
		}
		String text = value.toString();
		canonical.append(text.length()).append(':').append(text).append(';');
	}

}
