package dev.bulwark.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>
 * One request renders a key at a time. When an entry has expired, the request that
 * notices it renders again while the others are still given the expired content for those
 * milliseconds; when there is no entry (first view, or dropped by a change), the others
 * wait for that one rendering instead of each rendering the same content. Without this,
 * 32 concurrent clients all rendered a page at each expiry, and for seconds the server
 * did nothing else (`bench/README.md`). Content rendered while a change dropped entries
 * is served to its request but not kept, so a change is never hidden by a rendering that
 * read the data before it.
 *
 * @param <K> the key: everything the content depends on
 * @param <V> the content, immutable
 */
public final class KeptContent<K, V> {

	private final Map<K, Entry<V>> kept = new ConcurrentHashMap<>();

	/** The renderings in progress of keys without an entry, for others to wait for. */
	private final Map<K, CompletableFuture<V>> rendering = new ConcurrentHashMap<>();

	/** Counts the drops, so that a rendering that overlapped one is not kept. */
	private final AtomicLong drops = new AtomicLong();

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
		if (entry != null) {
			// Expired: one request renders it again, the others keep the expired content.
			if (!entry.renewing().compareAndSet(false, true)) {
				return entry.content();
			}
			try {
				return renderAndKeep(key, now, render);
			}
			finally {
				entry.renewing().set(false);
			}
		}
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> theirs = this.rendering.putIfAbsent(key, mine);
		if (theirs != null) {
			try {
				return theirs.join();
			}
			catch (CompletionException | CancellationException ex) {
				// Their rendering failed: this request renders for itself (and reports
				// its own
				// failure, if it fails too).
				return renderAndKeep(key, now, render);
			}
		}
		try {
			V content = renderAndKeep(key, now, render);
			mine.complete(content);
			return content;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.rendering.remove(key, mine);
		}
	}

	private V renderAndKeep(K key, Instant now, Supplier<V> render) {
		long dropsBefore = this.drops.get();
		V content = render.get();
		if (this.drops.get() == dropsBefore) {
			keep(key, content, now);
		}
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
		this.kept.put(key, new Entry<>(content, now.plus(this.freshFor), new AtomicBoolean()));
	}

	/** Forgets every entry. */
	public void dropAll() {
		this.drops.incrementAndGet();
		this.kept.clear();
		// A request that comes after the change renders for itself rather than waiting
		// for a
		// rendering that may have read the data before it.
		this.rendering.clear();
	}

	/** Forgets the entries whose key matches. */
	public void dropIf(Predicate<K> which) {
		this.drops.incrementAndGet();
		this.kept.keySet().removeIf(which);
		this.rendering.keySet().removeIf(which);
	}

	public int size() {
		return this.kept.size();
	}

	/** {@code renewing}: a request is rendering the content again. */
	private record Entry<V>(V content, Instant until, AtomicBoolean renewing) {
	}

}
