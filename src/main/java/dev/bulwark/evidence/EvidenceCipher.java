package dev.bulwark.evidence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import dev.bulwark.shared.SecretBox;

import org.springframework.stereotype.Component;

/**
 * Envelope encryption of evidence files with the JDK's AES-256-GCM: each file version
 * gets a fresh random 256-bit data key and nonce; the data key is sealed with the
 * installation's master key by {@link SecretBox} (the master key never enters the
 * database). The associated data of both the file and its key names the practice, the
 * item and the version, so bytes copied to another row, item or practice fail to decrypt.
 * <p>
 * Files are encrypted and decrypted in place in one buffer (plaintext plus the 16-byte
 * tag), so a request holds one copy of one file. GCM releases no plaintext before its tag
 * has been verified, so tampered bytes are never handed out.
 */
@Component
class EvidenceCipher {

	/** Bytes the GCM tag adds to the plaintext. */
	static final int TAG_BYTES = 16;

	private static final int NONCE_BYTES = 12;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private final SecretBox masterKey;

	private final SecureRandom random = new SecureRandom();

	EvidenceCipher(SecretBox masterKey) {
		this.masterKey = masterKey;
	}

	/**
	 * Encrypts {@code buffer[0, length)} in place; the buffer must have
	 * {@link #TAG_BYTES} to spare after the plaintext, and holds {@code length
	 * + TAG_BYTES} bytes of ciphertext afterwards.
	 */
	Sealed seal(byte[] buffer, int length, Binding binding) {
		byte[] dataKey = new byte[32];
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, this.random);
			SecretKey key = generator.generateKey();
			dataKey = key.getEncoded();
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
			cipher.updateAAD(binding.fileAad());
			cipher.doFinal(buffer, 0, length, buffer, 0);
			return new Sealed(this.masterKey.seal(dataKey, binding.keyAad()), nonce);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Evidence encryption failed", ex);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/**
	 * Decrypts {@code buffer[0, length)} (ciphertext with tag) in place and returns the
	 * plaintext's length.
	 * @throws IntegrityException if the key or the bytes do not belong to this binding,
	 * were changed, or were sealed under another master key; the exception says nothing
	 * more
	 */
	int open(byte[] buffer, int length, Sealed sealed, Binding binding) {
		byte[] dataKey = null;
		try {
			dataKey = this.masterKey.open(sealed.wrappedKey(), binding.keyAad());
			if (dataKey.length != 32 || sealed.nonce().length != NONCE_BYTES || length < TAG_BYTES) {
				throw new IntegrityException();
			}
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"),
					new GCMParameterSpec(TAG_BYTES * 8, sealed.nonce()));
			cipher.updateAAD(binding.fileAad());
			return cipher.doFinal(buffer, 0, length, buffer, 0);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// Wrong master key, a changed wrapped key, nonce or ciphertext, or bytes
			// moved
			// from another row: all look the same from outside, on purpose.
			throw new IntegrityException();
		}
		finally {
			if (dataKey != null) {
				Arrays.fill(dataKey, (byte) 0);
			}
		}
	}

	/**
	 * The sealed data key and the nonce stored beside a ciphertext.
	 *
	 * @param wrappedKey the data key sealed with the master key
	 * @param nonce the file's GCM nonce
	 */
	record Sealed(byte[] wrappedKey, byte[] nonce) {
	}

	/**
	 * Which stored version a ciphertext belongs to; its associated data.
	 *
	 * @param practiceId the practice
	 * @param evidenceId the evidence item
	 * @param version the version number
	 */
	record Binding(UUID practiceId, UUID evidenceId, int version) {

		byte[] fileAad() {
			return ("bulwark-evidence-file:v1:" + this.practiceId + ":" + this.evidenceId + ":" + this.version)
				.getBytes(StandardCharsets.UTF_8);
		}

		String keyAad() {
			return "bulwark-evidence-key:v1:" + this.practiceId + ":" + this.evidenceId + ":" + this.version;
		}

	}

	/**
	 * Stored bytes that cannot be trusted; deliberately without detail.
	 */
	static final class IntegrityException extends RuntimeException {

		IntegrityException() {
			super("Evidence integrity check failed");
		}

	}

}
