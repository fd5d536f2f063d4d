package dev.bulwark.shared;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMemoTests {

	private final AtomicInteger reads = new AtomicInteger();

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aPageReadReadsOncePerKey() {
		bind("GET");
		assertThat(read("a")).isEqualTo(1);
		assertThat(read("a")).isEqualTo(1);
		assertThat(read("b")).isEqualTo(2);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aNewRequestReadsAgain() {
		bind("GET");
		read("a");
		bind("GET");
		read("a");
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aRequestThatMayWriteAlwaysReadsAfresh() {
		bind("POST");
		read("a");
		read("a");
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void outsideARequestEveryCallReads() {
		read("a");
		read("a");
		assertThat(this.reads).hasValue(2);
	}

	private int read(String key) {
		return RequestMemo.get(key, this.reads::incrementAndGet);
	}

	private static void bind(String method) {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/")));
	}

}
