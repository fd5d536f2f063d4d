package dev.bulwark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.flywaydb.core.Flyway;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Every SQL statement on a practice's table names {@code practice_id}, so that no query
 * can reach another practice's rows by an id alone.
 * <p>
 * A statement is a string constant of a class (a literal, a text block, constants folded
 * together by the compiler, or the fixed parts of a concatenation, where each value put
 * in counts as a placeholder) that starts with {@code select}, {@code insert},
 * {@code update}, {@code delete}, {@code merge} or {@code with}. Its tables are the names
 * after {@code from}, {@code join}, {@code into} and {@code update}; a practice's table
 * is one with a {@code practice_id} column after all migrations
 * ({@link #practiceTables()}). A statement built from pieces that are not constants is
 * checked piece by piece: keep the table and the {@code practice_id} condition in one
 * piece.
 */
final class PracticeScopedSql {

	private static final Pattern STATEMENT = Pattern.compile("^\\s*\\(?\\s*(select|insert|update|delete|merge|with)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PRACTICE_ID = Pattern.compile("\\bpractice_id\\b", Pattern.CASE_INSENSITIVE);

	private PracticeScopedSql() {
	}

	/**
	 * Classes running SQL on one of {@code practiceTables} name {@code practice_id} in
	 * each statement, except the statements of {@code exemptions} (a class's name and a
	 * part of the statement, with the reason beside them in the rule's caller).
	 */
	static ArchCondition<JavaClass> nameThePracticeInEveryStatement(Set<String> practiceTables,
			Set<Exemption> exemptions) {
		return new ArchCondition<>("name practice_id in every SQL statement on a practice's table") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				for (String statement : statements(javaClass)) {
					Set<String> tables = practiceTablesOf(statement, practiceTables);
					if (tables.isEmpty() || PRACTICE_ID.matcher(statement).find()) {
						continue;
					}
					boolean exempt = exemptions.stream()
						.anyMatch((exemption) -> exemption.className().equals(javaClass.getName())
								&& statement.contains(exemption.statementPart()));
					if (!exempt) {
						events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " runs SQL on "
								+ tables + " without practice_id: " + statement.strip().replaceAll("\\s+", " ")));
					}
				}
			}
		};
	}

	/** The tables of {@code statement} that belong to a practice. */
	static Set<String> practiceTablesOf(String statement, Set<String> practiceTables) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = TABLE.matcher(statement);
		while (matcher.find()) {
			String table = matcher.group(1).toLowerCase(Locale.ROOT);
			if (practiceTables.contains(table)) {
				found.add(table);
			}
		}
		return found;
	}

	/** The SQL statements among a class's string constants. */
	static List<String> statements(JavaClass javaClass) {
		List<String> statements = new ArrayList<>();
		for (String constant : constants(javaClass)) {
			if (STATEMENT.matcher(constant).find()) {
				statements.add(constant);
			}
		}
		return statements;
	}

	private static List<String> constants(JavaClass javaClass) {
		List<String> constants = new ArrayList<>();
		String resource = "/" + javaClass.getName().replace('.', '/') + ".class";
		try (InputStream in = javaClass.reflect().getResourceAsStream(resource)) {
			if (in == null) {
				return constants;
			}
			new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
				@Override
				public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
						String[] exceptions) {
					return new MethodVisitor(Opcodes.ASM9) {
						@Override
						public void visitLdcInsn(Object value) {
							if (value instanceof String text) {
								constants.add(text);
							}
						}

						@Override
						public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
								Object... arguments) {
							// "a" + x + "b": the recipe holds the fixed parts, \1 for
							// each
							// value.
							if ("makeConcatWithConstants".equals(bootstrap.getName()) && arguments.length > 0
									&& arguments[0] instanceof String recipe) {
								constants.add(recipe.replace('\u0001', '?').replace('\u0002', '?'));
							}
						}
					};
				}
			}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return constants;
	}

	/**
	 * The tables with a {@code practice_id} column once every migration has run on an
	 * empty H2 database.
	 */
	static Set<String> practiceTables() {
		String url = "jdbc:h2:mem:tables_" + UUID.randomUUID().toString().replace("-", "")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		Set<String> tables = new TreeSet<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select table_name from information_schema.columns where column_name = 'practice_id' "
							+ "and table_schema = 'public'")) {
			while (rows.next()) {
				tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
			}
			connection.createStatement().execute("shutdown");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return tables;
	}

	/**
	 * A statement allowed to leave out {@code practice_id}.
	 *
	 * @param className the class running it
	 * @param statementPart a part of the statement that identifies it
	 */
	record Exemption(String className, String statementPart) {

	}

}
