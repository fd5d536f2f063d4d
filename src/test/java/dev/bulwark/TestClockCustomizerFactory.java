package dev.bulwark;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context a {@link MutableClock} as its {@code java.time.Clock}
 * (the application's own clock bean steps aside: it is conditional on no other clock).
 * Registered in {@code META-INF/spring.factories}; every context gets an equal
 * customizer, so contexts are shared exactly as before.
 */
public class TestClockCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestClockCustomizer();
	}

	static final class TestClockCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getBeanFactory().registerSingleton("mutableClock", new MutableClock());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClockCustomizer;
		}

		@Override
		public int hashCode() {
			return TestClockCustomizer.class.hashCode();
		}

	}

}
