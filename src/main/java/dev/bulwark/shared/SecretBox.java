package dev.bulwark.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets (TOTP seeds, evidence file keys) with the installation's master
 * key using AES-256-GCM from the JDK. The master key lives outside the database: in
 * {@code BULWARK_MASTER_KEY} (base64) or in {@code <data-dir>/master.key}, created on
 * first start with owner-only permissions. A database backup alone therefore never
 * reveals the secrets; back up the key separately.
 * <p>
 * Ciphertext layout: version byte (1), 12-byte random nonce, GCM ciphertext with tag. The
 * associated data binds a ciphertext to its purpose (e.g. the user id), so a value copied
 * to another row fails to decrypt.
 */
@Component
public class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	public SecretBox(@Value("${bulwark.master-key:}") String configuredKey,
			@Value("${bulwark.data-dir}") String dataDir) {
		this.key = loadOrCreate(configuredKey, Path.of(dataDir).resolve("master.key"));
	}

	public byte[] seal(byte[] plaintext, String associatedData) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(associatedData.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public byte[] open(byte[] sealed, String associatedData) {
		try {
			ByteBuffer buffer = ByteBuffer.wrap(sealed);
			if (buffer.get() != VERSION) {
				throw new IllegalStateException("Unknown ciphertext version");
			}
			byte[] nonce = new byte[NONCE_BYTES];
			buffer.get(nonce);
			byte[] body = new byte[buffer.remaining()];
			buffer.get(body);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(associatedData.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return cipher.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed (wrong master key or tampered data)", ex);
		}
	}

	private static SecretKey loadOrCreate(String configuredKey, Path file) {
		if (configuredKey != null && !configuredKey.isBlank()) {
			return fromBytes(Base64.getDecoder().decode(configuredKey.trim()), "BULWARK_MASTER_KEY");
		}
		try {
			if (Files.exists(file)) {
				return fromBytes(Base64.getDecoder().decode(Files.readString(file).trim()), file.toString());
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256);
			SecretKey created = generator.generateKey();
			Files.writeString(file, Base64.getEncoder().encodeToString(created.getEncoded()),
					StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			OwnerOnlyFiles.restrict(file);
			log.info("Created a new master key at {}; back it up separately from the database", file.toAbsolutePath());
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the master key at " + file, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static SecretKey fromBytes(byte[] bytes, String source) {
		if (bytes.length != 32) {
			throw new IllegalStateException("The master key from " + source + " must be 32 bytes (base64-encoded)");
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
