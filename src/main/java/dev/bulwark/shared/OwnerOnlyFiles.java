package dev.bulwark.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Secrets Bulwark keeps in its data directory (the master key, the generated TLS key
 * store and its password) are readable and writable by the owner only.
 */
public final class OwnerOnlyFiles {

	private OwnerOnlyFiles() {
	}

	public static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file,
					Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the data directory's access-control
			// lists apply instead.
		}
	}

}
