package dev.bulwark.binder;

import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers.TestMember;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Another practice's binder export can be neither read nor downloaded. */
class BinderCrossPracticeCase implements CrossPracticeCase {

	private final Binders binders;

	private final JdbcClient jdbc;

	BinderCrossPracticeCase(Binders binders, JdbcClient jdbc) {
		this.binders = binders;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/binder/{id}/download", "/api/v1/binder/{id}", "/api/v1/binder/{id}/download");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		UUID id = this.binders.start(victimOwner.actor()).id();
		Runnable unchanged = () -> assertThat(this.jdbc
			.sql("select count(*) from audit_entry where practice_id = :p and action = 'binder.downloaded'")
			.param("p", victimOwner.practiceId())
			.query(Integer.class)
			.single()).isZero();
		return List.of(Attempt.of("download a binder", get("/binder/{id}/download", id), unchanged),
				Attempt.of("read an export by API", get("/api/v1/binder/{id}", id), unchanged),
				Attempt.of("download by API", get("/api/v1/binder/{id}/download", id), unchanged));
	}

}
