package dev.bulwark.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link KeptContent}: one request renders a key at a time, an expired entry is served to
 * the others while it is renewed, and a rendering that overlapped a drop is not kept.
 */
class KeptContentTests {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	private final KeptContent<String, String> kept = new KeptContent<>(Duration.ofSeconds(15), 10);

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void keptContentIsServedUntilItExpires() {
		AtomicInteger renders = new AtomicInteger();
		assertThat(this.kept.get("k", NOW, () -> "v" + renders.incrementAndGet())).isEqualTo("v1");
		assertThat(this.kept.get("k", NOW.plusSeconds(14), () -> "v" + renders.incrementAndGet())).isEqualTo("v1");
		assertThat(this.kept.get("k", NOW.plusSeconds(15), () -> "v" + renders.incrementAndGet())).isEqualTo("v2");
		assertThat(renders).hasValue(2);
	}

	@Test
	void requestsForAKeyWithoutAnEntryWaitForTheOneRendering() throws Exception {
		AtomicInteger renders = new AtomicInteger();
		Held first = hold(NOW, () -> {
			renders.incrementAndGet();
			return "page";
		});
		List<Future<String>> others = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			others.add(this.threads.submit(() -> this.kept.get("k", NOW, () -> "page " + renders.incrementAndGet())));
		}
		Thread.sleep(100);
		assertThat(others).noneMatch(Future::isDone);
		assertThat(first.release()).isEqualTo("page");
		for (Future<String> other : others) {
			assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("page");
		}
		assertThat(renders).hasValue(1);
	}

	@Test
	void anExpiredEntryIsServedToOthersWhileOneRequestRendersItAgain() throws Exception {
		this.kept.get("k", NOW, () -> "old");
		Instant later = NOW.plusSeconds(20);
		Held renewing = hold(later, () -> "new");
		assertThat(this.kept.get("k", later, () -> "rendered twice")).isEqualTo("old");
		assertThat(renewing.release()).isEqualTo("new");
		assertThat(this.kept.get("k", later, () -> "rendered twice")).isEqualTo("new");
	}

	@Test
	void aRenderingThatOverlappedADropIsServedButNotKeptAndLaterRequestsDoNotWaitForIt() throws Exception {
		Held before = hold(NOW, () -> "before the change");
		this.kept.dropIf("k"::equals);
		// A request after the change renders for itself.
		assertThat(this.kept.get("k", NOW, () -> "after the change")).isEqualTo("after the change");
		assertThat(before.release()).isEqualTo("before the change");
		assertThat(this.kept.get("k", NOW, () -> "rendered again")).isEqualTo("after the change");
	}

	@Test
	void aFailedRenderingIsNotKeptAndWaitingRequestsRenderForThemselves() throws Exception {
		Held failing = hold(NOW, () -> {
			throw new IllegalStateException("the database is gone");
		});
		Future<String> waiting = this.threads.submit(() -> this.kept.get("k", NOW, () -> "its own"));
		Thread.sleep(50);
		assertThatThrownBy(failing::release).hasRootCauseMessage("the database is gone");
		assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("its own");
		assertThat(this.kept.get("k", NOW, () -> "again")).isEqualTo("its own");
	}

	/**
	 * Starts a rendering of "k" on another thread, held once it has begun until
	 * {@link Held#release}.
	 */
	private Held hold(Instant now, Supplier<String> render) throws InterruptedException {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<String> result = this.threads.submit(() -> this.kept.get("k", now, () -> {
			rendering.countDown();
			await(release);
			return render.get();
		}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
		return new Held(release, result);
	}

	private record Held(CountDownLatch latch, Future<String> result) {

		String release() throws Exception {
			this.latch.countDown();
			return this.result.get(5, TimeUnit.SECONDS);
		}

	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
