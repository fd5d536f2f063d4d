package dev.bulwark.assessment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.BusyException;
import dev.bulwark.shared.HtmlPdf;
import dev.bulwark.shared.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many report downloads at once do not starve the rest of the application: a report is
 * read in a short read-only transaction and laid out after it, so with a pool of only two
 * database connections, one render in progress and two more waiting for their turn, other
 * requests still get a connection at once. A download that finds no turn in time is
 * answered 503 with Retry-After, not left to hang.
 */
@BulwarkIntegrationTest
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=2000", "bulwark.pdf.concurrent-renders=1",
		"bulwark.pdf.render-wait=4s" })
class ReportDownloadsTests {

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	BlockingPdf pdf;

	@Test
	void rendersHoldNoDatabaseConnectionAndABusyRendererAnswers503() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-03", AnswerValue.NO);

		ExecutorService downloads = Executors.newFixedThreadPool(3);
		List<Future<byte[]>> results = new ArrayList<>();
		try {
			this.pdf.hold();
			for (int i = 0; i < 3; i++) {
				results.add(downloads.submit(() -> this.assessments.report(officer.practiceId(), id)));
			}
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> this.pdf.rendering.getCount() == 0 && this.pdf.waiting() == 2);

			long started = System.nanoTime();
			assertThat(this.assessments.list(officer.practiceId())).hasSize(1);
			assertThat(this.jdbc.sql("select count(*) from asm_answer where practice_id = :p")
				.param("p", officer.practiceId())
				.query(Long.class)
				.single()).isOne();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no wait for a connection")
				.isLessThan(Duration.ofSeconds(1));

			assertThat(this.mvc.get().uri("/api/v1/assessments/{id}/report.pdf", id).header("Authorization", token))
				.hasStatus(503)
				.hasHeader("Retry-After", "30")
				.bodyJson()
				.extractingPath("$.detail")
				.asString()
				.contains("busy");
		}
		finally {
			this.pdf.release();
		}
		int rendered = 0;
		for (Future<byte[]> result : results) {
			try {
				byte[] bytes = result.get(60, TimeUnit.SECONDS);
				assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
				rendered++;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(BusyException.class);
			}
		}
		downloads.shutdown();
		assertThat(rendered).as("the render that had its turn finished").isGreaterThanOrEqualTo(1);
	}

	/** A renderer whose layout waits until the test lets it go on. */
	static class BlockingPdf extends HtmlPdf {

		volatile CountDownLatch rendering = new CountDownLatch(1);

		private volatile CountDownLatch gate = new CountDownLatch(0);

		BlockingPdf() {
			super(1, Duration.ofSeconds(4));
		}

		void hold() {
			this.rendering = new CountDownLatch(1);
			this.gate = new CountDownLatch(1);
		}

		void release() {
			this.gate.countDown();
		}

		@Override
		protected byte[] layOut(String xhtml) {
			this.rendering.countDown();
			try {
				this.gate.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return super.layOut(xhtml);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		BlockingPdf blockingPdf() {
			return new BlockingPdf();
		}

	}

}
