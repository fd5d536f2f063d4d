package dev.bulwark.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Rendered HTML (or another read model) kept for a short while by key, for a page or page
 * part that many people load over and over while it rarely changes (the dashboard, the
 * MSP portfolio, the practice switcher). The module that keeps it drops the entries a
 * change affects ({@link #dropIf}, usually after commit through {@link AfterCommit});
 * {@code freshFor} bounds how stale an entry can be when a change reaches it by another
 * way (another node, background work). At most {@code maxEntries} are kept: when full,
 * expired entries go, and if none had expired all go (a rare burst, cheaper than tracking
 * age).
 *
 * @param <K> the key: everything the content depends on
 * @param <V> the content, immutable
 */
public final class KeptContent<K, V> {

	private final Map<K, Entry<V>> kept = new ConcurrentHashMap<>();

	private final Duration freshFor;

	private final int maxEntries;

	public KeptContent(Duration freshFor, int maxEntries) {
		this.freshFor = freshFor;
		this.maxEntries = maxEntries;
	}

	/** The content kept for the key, or what {@code render} gives (then kept). */
	public V get(K key, Instant now, Supplier<V> render) {
		Entry<V> entry = this.kept.get(key);
		if (entry != null && now.isBefore(entry.until())) {
			return entry.content();
		}
		V content = render.get();
		keep(key, content, now);
		return content;
	}

	/** Whether content is kept for the key and still fresh. */
	public boolean holds(K key, Instant now) {
		Entry<V> entry = this.kept.get(key);
		return entry != null && now.isBefore(entry.until());
	}

	/** Keeps the content for the key from {@code now} for {@code freshFor}. */
	public void keep(K key, V content, Instant now) {
		if (this.freshFor.isZero() || this.freshFor.isNegative()) {
			return;
		}
		if (this.kept.size() >= this.maxEntries) {
			this.kept.values().removeIf((e) -> !now.isBefore(e.until()));
			if (this.kept.size() >= this.maxEntries) {
				this.kept.clear();
			}
		}
		this.kept.put(key, new Entry<>(content, now.plus(this.freshFor)));
	}

	/** Forgets every entry. */
	public void dropAll() {
		this.kept.clear();
	}

	/** Forgets the entries whose key matches. */
	public void dropIf(Predicate<K> which) {
		this.kept.keySet().removeIf(which);
	}

	public int size() {
		return this.kept.size();
	}

	private record Entry<V>(V content, Instant until) {
	}

}
