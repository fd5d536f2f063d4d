package dev.bulwark.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import dev.bulwark.shared.SecretBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The envelope: AES-256-GCM per file, its key sealed with the master key. */
class EvidenceCipherTests {

	private static final byte[] PLAINTEXT = "Restore test of the EHR server, 14 minutes, succeeded."
		.getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dataDir;

	private final UUID practice = UUID.randomUUID();

	private final UUID evidence = UUID.randomUUID();

	private SecretBox masterKey(int seed) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) seed);
		return new SecretBox(Base64.getEncoder().encodeToString(key), this.dataDir.toString());
	}

	private static byte[] buffer() {
		return Arrays.copyOf(PLAINTEXT, PLAINTEXT.length + EvidenceCipher.TAG_BYTES);
	}

	@Test
	void decryptsWhatItEncryptedInPlace() {
		EvidenceCipher cipher = new EvidenceCipher(masterKey(1));
		EvidenceCipher.Binding binding = new EvidenceCipher.Binding(this.practice, this.evidence, 1);
		byte[] buffer = buffer();
		EvidenceCipher.Sealed sealed = cipher.seal(buffer, PLAINTEXT.length, binding);
		assertThat(new String(buffer, StandardCharsets.ISO_8859_1)).doesNotContain("Restore test");
		assertThat(sealed.nonce()).hasSize(12);
		int length = cipher.open(buffer, buffer.length, sealed, binding);
		assertThat(Arrays.copyOf(buffer, length)).isEqualTo(PLAINTEXT);
	}

	@Test
	void everyFileGetsItsOwnKeyAndNonce() {
		EvidenceCipher cipher = new EvidenceCipher(masterKey(1));
		EvidenceCipher.Binding binding = new EvidenceCipher.Binding(this.practice, this.evidence, 1);
		byte[] first = buffer();
		byte[] second = buffer();
		EvidenceCipher.Sealed a = cipher.seal(first, PLAINTEXT.length, binding);
		EvidenceCipher.Sealed b = cipher.seal(second, PLAINTEXT.length, binding);
		assertThat(a.nonce()).isNotEqualTo(b.nonce());
		assertThat(a.wrappedKey()).isNotEqualTo(b.wrappedKey());
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void aChangedByteAnywhereIsDetected() {
		EvidenceCipher cipher = new EvidenceCipher(masterKey(1));
		EvidenceCipher.Binding binding = new EvidenceCipher.Binding(this.practice, this.evidence, 1);
		byte[] original = buffer();
		EvidenceCipher.Sealed sealed = cipher.seal(original, PLAINTEXT.length, binding);
		for (int position : new int[] { 0, PLAINTEXT.length / 2, original.length - 1 }) {
			byte[] tampered = original.clone();
			tampered[position] ^= 0x01;
			assertThatThrownBy(() -> cipher.open(tampered, tampered.length, sealed, binding))
				.isInstanceOf(EvidenceCipher.IntegrityException.class)
				.hasMessage("Evidence integrity check failed");
		}
		byte[] truncated = Arrays.copyOf(original, original.length - 1);
		assertThatThrownBy(() -> cipher.open(truncated, truncated.length, sealed, binding))
			.isInstanceOf(EvidenceCipher.IntegrityException.class);
		byte[] nonce = sealed.nonce().clone();
		nonce[0] ^= 0x01;
		assertThatThrownBy(() -> cipher.open(original.clone(), original.length,
				new EvidenceCipher.Sealed(sealed.wrappedKey(), nonce), binding))
			.isInstanceOf(EvidenceCipher.IntegrityException.class);
		byte[] wrappedKey = sealed.wrappedKey().clone();
		wrappedKey[wrappedKey.length - 1] ^= 0x01;
		assertThatThrownBy(() -> cipher.open(original.clone(), original.length,
				new EvidenceCipher.Sealed(wrappedKey, sealed.nonce()), binding))
			.isInstanceOf(EvidenceCipher.IntegrityException.class);
	}

	@Test
	void bytesMovedToAnotherPracticeItemOrVersionDoNotDecrypt() {
		EvidenceCipher cipher = new EvidenceCipher(masterKey(1));
		EvidenceCipher.Binding binding = new EvidenceCipher.Binding(this.practice, this.evidence, 1);
		byte[] original = buffer();
		EvidenceCipher.Sealed sealed = cipher.seal(original, PLAINTEXT.length, binding);
		for (EvidenceCipher.Binding elsewhere : new EvidenceCipher.Binding[] {
				new EvidenceCipher.Binding(UUID.randomUUID(), this.evidence, 1),
				new EvidenceCipher.Binding(this.practice, UUID.randomUUID(), 1),
				new EvidenceCipher.Binding(this.practice, this.evidence, 2) }) {
			assertThatThrownBy(() -> cipher.open(original.clone(), original.length, sealed, elsewhere))
				.as(elsewhere.toString())
				.isInstanceOf(EvidenceCipher.IntegrityException.class);
		}
	}

	@Test
	void anotherMasterKeyCannotOpenTheFile() {
		EvidenceCipher.Binding binding = new EvidenceCipher.Binding(this.practice, this.evidence, 1);
		byte[] buffer = buffer();
		EvidenceCipher.Sealed sealed = new EvidenceCipher(masterKey(1)).seal(buffer, PLAINTEXT.length, binding);
		EvidenceCipher other = new EvidenceCipher(masterKey(2));
		assertThatThrownBy(() -> other.open(buffer, buffer.length, sealed, binding))
			.isInstanceOf(EvidenceCipher.IntegrityException.class)
			.hasNoCause();
	}

}
