package dev.bulwark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the current thread prepares through the application's data
 * source, so that a test can hold a command or a page to a budget. Only the calling
 * thread counts: listeners that react after the commit on other threads are work of their
 * own, not of the request.
 * <p>
 * Import it with {@code @Import(StatementCounter.class)}; then
 * {@code StatementCounter.start()}, run the code, {@code StatementCounter.stop()}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

	/** Starts counting on this thread. */
	public static void start() {
		STATEMENTS.set(new ArrayList<>());
	}

	/** Stops counting on this thread and returns the statements prepared since start. */
	public static List<String> stop() {
		List<String> statements = STATEMENTS.get();
		STATEMENTS.remove();
		return (statements != null) ? statements : List.of();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource dataSource) || bean instanceof Proxy) {
			return bean;
		}
		return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					Object result = invoke(method, dataSource, args);
					if (result instanceof Connection connection) {
						return counting(connection);
					}
					return result;
				});
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					List<String> statements = STATEMENTS.get();
					if (statements != null && (name.equals("prepareStatement") || name.equals("createStatement")
							|| name.equals("prepareCall"))) {
						statements.add((args != null && args.length > 0 && args[0] instanceof String sql)
								? sql.replaceAll("\\s+", " ").strip() : name);
					}
					return invoke(method, connection, args);
				});
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
