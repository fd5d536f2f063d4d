package dev.bulwark.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import dev.bulwark.shared.OwnerOnlyFiles;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed certificate Bulwark generates on first start when it must serve HTTPS
 * and no certificate was configured. It is kept in the data directory (PKCS#12, with a
 * random password in a file beside it) and reused on later starts, so its fingerprint
 * stays the same and browsers can be told to trust it.
 */
final class SelfSignedCertificate {

	static final String ALIAS = "bulwark";

	private final Path keyStore;

	private final Path passwordFile;

	private final Clock clock;

	/**
	 * @param clock the validity period starts from its time; the environment is prepared
	 * before the application's {@code Clock} bean exists, so the caller passes
	 * {@code TimeConfiguration.systemClock()}
	 */
	SelfSignedCertificate(Path dataDir, Clock clock) {
		Path tls = dataDir.resolve("tls");
		this.keyStore = tls.resolve("bulwark-self-signed.p12");
		this.passwordFile = tls.resolve("bulwark-self-signed.password");
		this.clock = clock;
	}

	Path keyStore() {
		return this.keyStore;
	}

	/** Creates the key store unless it exists; returns its password. */
	String ensure(String bindAddress) throws IOException, GeneralSecurityException {
		if (Files.exists(this.keyStore) && Files.exists(this.passwordFile)) {
			return Files.readString(this.passwordFile).trim();
		}
		Files.createDirectories(this.keyStore.getParent());
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair keyPair = generator.generateKeyPair();
		X509Certificate certificate = certificate(keyPair, bindAddress, this.clock.instant());
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(ALIAS, keyPair.getPrivate(), password.toCharArray(),
				new java.security.cert.Certificate[] { certificate });
		try (OutputStream out = Files.newOutputStream(this.keyStore)) {
			store.store(out, password.toCharArray());
		}
		Files.writeString(this.passwordFile, password);
		OwnerOnlyFiles.restrict(this.keyStore);
		OwnerOnlyFiles.restrict(this.passwordFile);
		return password;
	}

	/** SHA-256 fingerprint of the certificate, as browsers show it (AA:BB:...). */
	String fingerprint(String password) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(this.keyStore)) {
			store.load(in, password.toCharArray());
		}
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(store.getCertificate(ALIAS).getEncoded());
		return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
	}

	private static X509Certificate certificate(KeyPair keyPair, String bindAddress, Instant now)
			throws GeneralSecurityException, IOException {
		X500Name subject = new X500Name("CN=Bulwark self-signed");
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
				new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(Duration.ofDays(825))), subject, keyPair.getPublic());
		List<GeneralName> names = new ArrayList<>();
		names.add(new GeneralName(GeneralName.dNSName, "localhost"));
		String host = java.net.InetAddress.getLocalHost().getHostName();
		if (host != null && !host.isBlank() && !host.matches("[0-9.:]+")) {
			names.add(new GeneralName(GeneralName.dNSName, host));
		}
		if (bindAddress != null && bindAddress.matches("[0-9.]+|[0-9a-fA-F:]+") && !"0.0.0.0".equals(bindAddress)
				&& !"::".equals(bindAddress)) {
			names.add(new GeneralName(GeneralName.iPAddress, bindAddress));
		}
		builder.addExtension(Extension.subjectAlternativeName, false,
				new GeneralNames(names.toArray(new GeneralName[0])));
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		try {
			ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate());
			return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
		}
		catch (org.bouncycastle.operator.OperatorCreationException ex) {
			throw new GeneralSecurityException("Cannot sign the self-signed certificate", ex);
		}
	}

}
