package dev.bulwark.shared;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTests {

	@Test
	void textThatWouldRunAsAFormulaIsGuardedButNumbersAreNot() {
		CsvTable table = CsvTable.of("name", "count", "on")
			.row("=HYPERLINK(\"http://evil\")", -3, LocalDate.of(2026, 2, 28))
			.row("Quote \"inside\", comma", null, null);
		assertThat(table.size()).isEqualTo(2);
		assertThat(new String(table.bytes(), StandardCharsets.UTF_8)).isEqualTo("name,count,on\r\n"
				+ "\"'=HYPERLINK(\"\"http://evil\"\")\",-3,2026-02-28\r\n" + "\"Quote \"\"inside\"\", comma\",,\r\n");
	}

}
