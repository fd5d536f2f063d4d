package dev.bulwark.assessment;

import java.util.Arrays;

import dev.bulwark.catalog.Catalog;
import org.apache.pdfbox.Loader;

/**
 * Measures how long the PDF report of a complete assessment (every question answered,
 * every decision made, a risk per weakness with its tasks) takes to render. Run by
 * {@code bench/report-render.sh}, not by the test suite.
 * <ul>
 * <li>{@code cold}: a fresh JVM: load the catalog, create the renderer (template engine,
 * fonts) and render once; prints the time of the render alone and of all three.</li>
 * <li>{@code warm [n]}: render 5 times to warm up, then n times (default 20); prints
 * median, fastest and slowest.</li>
 * </ul>
 * With {@code -Dbench.assets=10000} the assessment's inventory has that many assets
 * (listed in the report's appendix) instead of a dental office's thirteen.
 */
public final class ReportRenderBenchmark {

	private ReportRenderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String mode = (args.length > 0) ? args[0] : "warm";
		long start = System.nanoTime();
		Catalog catalog = new Catalog();
		int assets = Integer.getInteger("bench.assets", 0);
		ReportModel model = (assets > 0)
				? ReportFixtures.fullAssessment(catalog, true, ReportFixtures.largeInventory(assets))
				: ReportFixtures.fullAssessment(catalog, true);
		ReportRenderer renderer = new ReportRenderer();
		if ("started".equals(mode)) {
			renderer.warmUp();
			long before = System.nanoTime();
			byte[] pdf = renderer.render(model);
			System.out.printf("after start-up warm-up: first render %d ms; %s%n", millis(System.nanoTime() - before),
					describe(pdf));
			return;
		}
		if ("cold".equals(mode)) {
			long before = System.nanoTime();
			byte[] pdf = renderer.render(model);
			long after = System.nanoTime();
			System.out.printf("cold: first render %d ms (catalog, renderer and first render together %d ms); %s%n",
					millis(after - before), millis(after - start), describe(pdf));
			return;
		}
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		byte[] pdf = null;
		for (int i = 0; i < Integer.getInteger("bench.warm-up", 5); i++) {
			pdf = renderer.render(model);
		}
		long[] times = new long[runs];
		long[] cpu = new long[runs];
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int i = 0; i < runs; i++) {
			long before = System.nanoTime();
			long cpuBefore = threads.getCurrentThreadCpuTime();
			pdf = renderer.render(model);
			times[i] = System.nanoTime() - before;
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
		}
		Arrays.sort(times);
		Arrays.sort(cpu);
		// On a shared machine the wall time grows with the load; the render thread's CPU
		// time much less (garbage collection and JIT threads are not in it).
		System.out.printf(
				"warm: median %d ms, fastest %d ms, slowest %d ms over %d renders (render thread CPU: median %d ms); %s%n",
				millis(times[runs / 2]), millis(times[0]), millis(times[runs - 1]), runs, millis(cpu[runs / 2]),
				describe(pdf));
	}

	private static String describe(byte[] pdf) throws java.io.IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages() + " pages, " + (pdf.length / 1024) + " KB";
		}
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

}
