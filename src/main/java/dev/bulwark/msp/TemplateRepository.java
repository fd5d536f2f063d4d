package dev.bulwark.msp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The MSP's templates (installation-wide, no practice) and what was applied to each
 * practice (practice data: every statement names the practice).
 */
@Repository
class TemplateRepository {

	private static final String COLUMNS = "id, name, description, asset_count, flow_count, created_at, created_by";

	private final JdbcClient jdbc;

	TemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TemplateSummary template, String content) {
		this.jdbc.sql("""
				insert into msp_template (id, name, name_key, description, content, asset_count, flow_count, created_at,
				                          created_by)
				values (:id, :name, :key, :description, :content, :assets, :flows, :at, :by)""")
			.param("id", template.id())
			.param("name", template.name())
			.param("key", key(template.name()))
			.param("description", template.description())
			.param("content", content)
			.param("assets", template.assets())
			.param("flows", template.flows())
			.param("at", Timestamp.from(template.createdAt()))
			.param("by", template.createdBy())
			.update();
	}

	boolean nameTaken(String name) {
		return this.jdbc.sql("select count(*) from msp_template where name_key = :key")
			.param("key", key(name))
			.query(Long.class)
			.single() > 0;
	}

	List<TemplateSummary> all() {
		return this.jdbc.sql("select " + COLUMNS + " from msp_template order by name_key")
			.query(TemplateRepository::map)
			.list();
	}

	Optional<TemplateSummary> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from msp_template where id = :id")
			.param("id", id)
			.query(TemplateRepository::map)
			.optional();
	}

	Optional<String> content(UUID id) {
		return this.jdbc.sql("select content from msp_template where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	boolean delete(UUID id) {
		return this.jdbc.sql("delete from msp_template where id = :id").param("id", id).update() == 1;
	}

	void recordApplication(UUID practiceId, TemplateApplication application) {
		this.jdbc.sql("""
				insert into msp_template_application (practice_id, id, template_id, template_name, applied_at,
				                                      applied_by, assets_added, flows_added)
				values (:practiceId, :id, :template, :name, :at, :by, :assets, :flows)""")
			.param("practiceId", practiceId)
			.param("id", application.id())
			.param("template", application.templateId())
			.param("name", application.templateName())
			.param("at", Timestamp.from(application.appliedAt()))
			.param("by", application.appliedBy())
			.param("assets", application.assets())
			.param("flows", application.flows())
			.update();
	}

	List<TemplateApplication> applications(UUID practiceId) {
		return this.jdbc.sql("""
				select id, template_id, template_name, applied_at, applied_by, assets_added, flows_added
				from msp_template_application where practice_id = :practiceId order by applied_at desc, id""")
			.param("practiceId", practiceId)
			.query((rs, row) -> new TemplateApplication(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6), rs.getInt(7)))
			.list();
	}

	private static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static TemplateSummary map(ResultSet rs, int row) throws SQLException {
		Instant at = rs.getTimestamp("created_at").toInstant();
		return new TemplateSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getInt("asset_count"), rs.getInt("flow_count"), at, rs.getString("created_by"));
	}

}
