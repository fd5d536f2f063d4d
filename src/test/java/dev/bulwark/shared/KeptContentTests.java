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
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<String> first = this.threads.submit(() -> this.kept.get("k", NOW, () -> {
			renders.incrementAndGet();
			rendering.countDown();
			await(release);
			return "page";
		}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
		List<Future<String>> others = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			others.add(this.threads.submit(() -> this.kept.get("k", NOW, () -> "page " + renders.incrementAndGet())));
		}
		Thread.sleep(100);
		assertThat(others).noneMatch(Future::isDone);
		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("page");
		for (Future<String> other : others) {
			assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("page");
		}
		assertThat(renders).hasValue(1);
	}

	@Test
	void anExpiredEntryIsServedToOthersWhileOneRequestRendersItAgain() throws Exception {
		this.kept.get("k", NOW, () -> "old");
		Instant later = NOW.plusSeconds(20);
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<String> renewing = this.threads.submit(() -> this.kept.get("k", later, () -> {
			rendering.countDown();
			await(release);
			return "new";
		}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(this.kept.get("k", later, () -> "rendered twice")).isEqualTo("old");
		release.countDown();
		assertThat(renewing.get(5, TimeUnit.SECONDS)).isEqualTo("new");
		assertThat(this.kept.get("k", later, () -> "rendered twice")).isEqualTo("new");
	}

	@Test
	void aRenderingThatOverlappedADropIsServedButNotKeptAndLaterRequestsDoNotWaitForIt() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<String> before = this.threads.submit(() -> this.kept.get("k", NOW, () -> {
			rendering.countDown();
			await(release);
			return "before the change";
		}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
		this.kept.dropIf("k"::equals);
		// A request after the change renders for itself.
		assertThat(this.kept.get("k", NOW, () -> "after the change")).isEqualTo("after the change");
		release.countDown();
		assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("before the change");
		assertThat(this.kept.get("k", NOW, () -> "rendered again")).isEqualTo("after the change");
	}

	@Test
	void aFailedRenderingIsNotKeptAndWaitingRequestsRenderForThemselves() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<String> failing = this.threads.submit(() -> this.kept.get("k", NOW, () -> {
			rendering.countDown();
			await(release);
			throw new IllegalStateException("the database is gone");
		}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
		Future<String> waiting = this.threads.submit(() -> this.kept.get("k", NOW, () -> "its own"));
		Thread.sleep(50);
		release.countDown();
		assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("the database is gone");
		assertThat(waiting.get(5, TimeUnit.SECONDS)).isIn("its own");
		assertThat(this.kept.get("k", NOW, () -> "again")).isEqualTo("its own");
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
