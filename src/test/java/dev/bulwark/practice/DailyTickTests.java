package dev.bulwark.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.shared.PracticeDayBegan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.support.Moments;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily tick on the real database: moving the test clock across a practice's local
 * midnight publishes {@link PracticeDayBegan} exactly once for it, and never twice
 * however many runs overlap. The clock is set to dates in 2025, before any practice other
 * tests create, so only this test's practices are due.
 */
@BulwarkIntegrationTest
class DailyTickTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	/** 23:30 in Chicago (UTC-6 in January), 21:30 in Los Angeles. */
	private static final Instant BEFORE_CHICAGO_MIDNIGHT = Instant.parse("2025-01-15T05:30:00Z");

	@Autowired
	MutableClock clock;

	@Autowired
	Practices practices;

	@Autowired
	DailyTick tick;

	@Autowired
	Moments moments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	private final List<PracticeDayBegan> began = new CopyOnWriteArrayList<>();

	private final Set<UUID> failFor = new java.util.concurrent.CopyOnWriteArraySet<>();

	private final ApplicationListener<ApplicationEvent> listener = (event) -> {
		if (event instanceof PayloadApplicationEvent<?> payload
				&& payload.getPayload() instanceof PracticeDayBegan day) {
			if (this.failFor.contains(day.practiceId())) {
				throw new IllegalStateException("A listener of this practice fails");
			}
			this.began.add(day);
		}
	};

	@BeforeEach
	void listen() {
		this.context.addApplicationListener(this.listener);
		this.clock.setInstant(BEFORE_CHICAGO_MIDNIGHT);
	}

	@AfterEach
	void stop() {
		this.context.removeApplicationListener(this.listener);
		this.clock.reset();
	}

	@Test
	void passingMidnightInAPracticesZonePublishesOneEventForItAndNoneForAPracticeStillBeforeMidnight() {
		PracticeDetails chicago = this.practices.create(name(), CHICAGO);
		PracticeDetails losAngeles = this.practices.create(name(), LOS_ANGELES);

		hourPasses();
		assertThat(eventsFor(chicago, losAngeles)).isEmpty();
		assertThat(this.practices.today(chicago.id())).isEqualTo("2025-01-14");

		this.clock.advance(Duration.ofHours(1));
		assertThat(this.practices.today(chicago.id())).isEqualTo("2025-01-15");
		assertThat(this.practices.today(losAngeles.id())).isEqualTo("2025-01-14");
		hourPasses();
		assertThat(eventsFor(chicago, losAngeles))
			.containsExactly(new PracticeDayBegan(chicago.id(), LocalDate.parse("2025-01-15"), CHICAGO));

		// Another run in the same hour, and the next hour: still before midnight in Los
		// Angeles, and Chicago's day was announced already.
		hourPasses();
		this.clock.advance(Duration.ofHours(1));
		hourPasses();
		assertThat(eventsFor(chicago, losAngeles)).hasSize(1);

		// 00:30 in Los Angeles (UTC-8).
		this.clock.setInstant(Instant.parse("2025-01-15T08:30:00Z"));
		hourPasses();
		assertThat(eventsFor(chicago, losAngeles)).hasSize(2)
			.last()
			.isEqualTo(new PracticeDayBegan(losAngeles.id(), LocalDate.parse("2025-01-15"), LOS_ANGELES));
	}

	@Test
	void theTickFollowsTheInjectedClockThroughSpringModulithMoments() {
		assertThat(this.moments.instant()).isEqualTo(BEFORE_CHICAGO_MIDNIGHT);
		this.clock.advance(Duration.ofMinutes(45));
		assertThat(this.moments.instant()).isEqualTo(BEFORE_CHICAGO_MIDNIGHT.plus(Duration.ofMinutes(45)));
	}

	@Test
	void twoTickRunsAtTheSameTimePublishOnce() throws Exception {
		PracticeDetails chicago = this.practices.create(name(), CHICAGO);
		this.clock.advance(Duration.ofHours(1));

		List<Optional<Integer>> runs = concurrently(this.tick::run, this.tick::run);

		assertThat(eventsFor(chicago)).hasSize(1);
		// At most one run announced it; the other either found the lock taken or the day
		// already announced.
		assertThat(runs.stream().filter((run) -> run.orElse(0) > 0)).hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void twoAnnouncementsOfTheSameDayWithoutTheLockStillPublishOnce() throws Exception {
		PracticeDetails chicago = this.practices.create(name(), CHICAGO);
		PracticeRepository.TickState state = new PracticeRepository.TickState(chicago.id(), CHICAGO,
				LocalDate.parse("2025-01-14"));
		LocalDate day = LocalDate.parse("2025-01-15");

		List<Boolean> published = concurrently(() -> this.tick.announce(state, day),
				() -> this.tick.announce(state, day));

		assertThat(published).containsExactlyInAnyOrder(true, false);
		assertThat(eventsFor(chicago)).hasSize(1);
		assertThat(lastTickDate(chicago)).isEqualTo(day);
	}

	@Test
	void aFailingListenerOfOnePracticeDoesNotStopTheOthersAndIsRetriedAtTheNextTick() {
		PracticeDetails failing = this.practices.create(name(), CHICAGO);
		PracticeDetails healthy = this.practices.create(name(), CHICAGO);
		this.failFor.add(failing.id());
		this.clock.advance(Duration.ofHours(1));

		this.tick.run();
		assertThat(eventsFor(failing, healthy)).extracting(PracticeDayBegan::practiceId).containsExactly(healthy.id());
		assertThat(lastTickDate(failing)).isEqualTo("2025-01-14");

		this.failFor.clear();
		this.tick.run();
		assertThat(eventsFor(failing, healthy)).extracting(PracticeDayBegan::practiceId)
			.containsExactly(healthy.id(), failing.id());
		assertThat(lastTickDate(failing)).isEqualTo("2025-01-15");
	}

	@Test
	void afterDowntimeOneEventForTodayCatchesUp() {
		PracticeDetails chicago = this.practices.create(name(), CHICAGO);
		// Down from 23:30 on the 14th until 00:30 on the 18th: days 15, 16, 17 and 18
		// began.
		this.clock.advance(Duration.ofDays(3).plusHours(1));

		this.tick.run();
		this.tick.run();

		assertThat(eventsFor(chicago))
			.containsExactly(new PracticeDayBegan(chicago.id(), LocalDate.parse("2025-01-18"), CHICAGO));
	}

	@Test
	void aNewPracticeFirstHearsOfTheNextDayNotTheOneItWasCreatedOn() {
		PracticeDetails chicago = this.practices.create(name(), CHICAGO);
		assertThat(lastTickDate(chicago)).isEqualTo("2025-01-14");
		this.tick.run();
		assertThat(eventsFor(chicago)).isEmpty();
	}

	@Test
	void theServerCatchesUpWhenItStartsButACommandLineRunDoesNot() {
		PracticeDetails chicago = this.practices.create(name(), CHICAGO);
		this.clock.advance(Duration.ofHours(1));

		this.tick.onStarted(new ApplicationReadyEvent(new SpringApplication(), new String[0],
				new AnnotationConfigApplicationContext(), Duration.ZERO));
		assertThat(eventsFor(chicago)).isEmpty();

		this.tick
			.onStarted(new ApplicationReadyEvent(new SpringApplication(), new String[0], this.context, Duration.ZERO));
		assertThat(eventsFor(chicago)).hasSize(1);
	}

	/** What Spring Modulith does at the top of every hour: publish HourHasPassed. */
	private void hourPasses() {
		ReflectionTestUtils.invokeMethod(this.moments, "everyHour");
	}

	private List<PracticeDayBegan> eventsFor(PracticeDetails... practices) {
		Set<UUID> ids = java.util.Arrays.stream(practices)
			.map(PracticeDetails::id)
			.collect(java.util.stream.Collectors.toSet());
		return this.began.stream().filter((event) -> ids.contains(event.practiceId())).toList();
	}

	private LocalDate lastTickDate(PracticeDetails practice) {
		return this.jdbc.sql("select last_tick_date from practice where id = :id")
			.param("id", practice.id())
			.query(LocalDate.class)
			.single();
	}

	@SafeVarargs
	private static <T> List<T> concurrently(Callable<T>... tasks) throws Exception {
		CyclicBarrier start = new CyclicBarrier(tasks.length);
		ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
		try {
			List<Future<T>> results = new java.util.ArrayList<>();
			for (Callable<T> task : tasks) {
				results.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return task.call();
				}));
			}
			List<T> values = new java.util.ArrayList<>();
			for (Future<T> result : results) {
				values.add(result.get(30, TimeUnit.SECONDS));
			}
			return values;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String name() {
		return "Tick " + UUID.randomUUID().toString().substring(0, 8);
	}

}
