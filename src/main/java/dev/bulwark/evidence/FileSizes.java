package dev.bulwark.evidence;

import java.util.Locale;

/** File sizes in the words people use: "820 KB", "1.4 MB". */
final class FileSizes {

	private FileSizes() {
	}

	static String format(long bytes) {
		if (bytes < 1024) {
			return bytes + ((bytes == 1) ? " byte" : " bytes");
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		double megabytes = bytes / (1024.0 * 1024.0);
		return (megabytes < 10) ? String.format(Locale.ROOT, "%.1f MB", megabytes) : Math.round(megabytes) + " MB";
	}

}
