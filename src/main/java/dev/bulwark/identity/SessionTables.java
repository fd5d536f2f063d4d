package dev.bulwark.identity;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;

/**
 * Sessions live in the database so that any node serves any request.
 * <p>
 * Spring Session's JDBC store is set up here rather than by Spring Boot, because the
 * store the request filter uses is wrapped ({@link LazyAccessSessions}: the last access
 * time is not written on every request) and Boot steps back as soon as any session store
 * is declared. What Boot would configure is the store's default: its idle time, which is
 * {@code bulwark.session.idle-timeout}, and each practice's own is set per session.
 * <p>
 * Two requests of one browser running at the same time (htmx fragments, a download beside
 * a page) may both add the same new session attribute; with a plain insert the second
 * fails on the attribute table's primary key. An upsert makes the last writer win, as it
 * does in memory.
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
class SessionTables {

	static final String H2_UPSERT_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> defaultIdleTimeout(SessionProperties sessions) {
		return (repository) -> repository.setDefaultMaxInactiveInterval(sessions.idleTimeout());
	}

	/** The store the session filter (and everything else) uses. */
	@Bean
	@Primary
	LazyAccessSessions lazyAccessSessions(JdbcIndexedSessionRepository store) {
		return new LazyAccessSessions(store);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
			throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(product)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return (repository) -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
	}

}
