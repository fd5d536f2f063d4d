package dev.bulwark.contingency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.FormErrors;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Systems in the inventory, the acting person, and form errors as people read them. */
final class ContingencyFixtures {

	private ContingencyFixtures() {
	}

	/** A system of the practice's inventory, in use. */
	static UUID system(JdbcClient jdbc, UUID practiceId, String name, boolean ephi) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
		jdbc.sql(
				"""
						insert into inv_asset (practice_id, id, name, kind, ephi, encryption, mfa, backed_up, patch_status,
						anti_malware, status, created_at, updated_at)
						values (:p, :id, :name, 'SERVER', :ephi, 'YES', 'YES', 'YES', 'CURRENT', 'YES', 'IN_USE', :now, :now)""")
			.param("p", practiceId)
			.param("id", id)
			.param("name", name)
			.param("ephi", ephi ? "STORES" : "NONE")
			.param("now", now)
			.update();
		return id;
	}

	static Actor actor(TestMember member) {
		return new Actor(member.userId(), member.email(), "Test " + member.role().label(), member.practiceId(),
				member.practiceName(), member.role(), false, null);
	}

	static BackupForm onSiteDrive(UUID assetId) {
		return new BackupForm(assetId, "Practice database", BackupFrequency.DAILY, BackupLocation.ON_SITE,
				BackupMedia.EXTERNAL_DRIVE, Answer.YES, Answer.NO, "30 days", null, null);
	}

	static long count(JdbcClient jdbc, String table, UUID practiceId) {
		return jdbc.sql("select count(*) from " + table + " where practice_id = :p")
			.param("p", practiceId)
			.query(Long.class)
			.single();
	}

	static BindingResult bindingResult(MvcTestResult result, String name) {
		return FormErrors.bindingResult(result, name);
	}

	/**
	 * Each field's message as the person reads it (values that could not be read get the
	 * text of {@code messages.properties}).
	 */
	static Map<String, String> fieldErrors(MvcTestResult result, String name, MessageSource messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : bindingResult(result, name).getFieldErrors()) {
			errors.putIfAbsent(error.getField(), messages.getMessage(error, Locale.ROOT));
		}
		return errors;
	}

}
