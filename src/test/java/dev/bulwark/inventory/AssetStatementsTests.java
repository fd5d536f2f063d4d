package dev.bulwark.inventory;

import java.util.List;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.StatementCounter;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating one asset stays cheap in a practice that already has some: its SQL statements
 * are counted and held to a budget.
 */
@BulwarkIntegrationTest
@Import(StatementCounter.class)
class AssetStatementsTests {

	@Autowired
	TestMembers members;

	@Autowired
	AssetService service;

	@Test
	void creatingOneAssetRunsFewerThan15Statements() {
		Actor actor = InventoryFixtures.actor(this.members.newPractice(Role.SECURITY_OFFICER));
		for (int i = 0; i < 5; i++) {
			this.service.add(actor, laptop("Laptop " + i));
		}

		StatementCounter.start();
		this.service.add(actor, laptop("Front laptop"));
		List<String> statements = StatementCounter.stop();
		assertThat(statements).as(String.join("\n", statements)).hasSizeLessThan(15);
	}

	@Autowired
	Inventory inventory;

	@Test
	void theListIsOrderedByNameWithoutRegardToCase() {
		Actor actor = InventoryFixtures.actor(this.members.newPractice(Role.SECURITY_OFFICER));
		for (String name : List.of("cherry", "Banana", "apple", "Date")) {
			this.service.add(actor, laptop(name));
		}
		this.service.change(actor, this.inventory.assets(actor.practiceId(), AssetFilter.none(), 0).get(0).id(),
				laptop("Zebra"));
		assertThat(this.inventory.assets(actor.practiceId(), AssetFilter.none(), 0)).extracting(AssetSummary::name)
			.containsExactly("Banana", "cherry", "Date", "Zebra");
	}

	private static AssetForm laptop(String name) {
		return new AssetForm(name, AssetKind.LAPTOP, null, null, null, null, null, null, null, null, null,
				EphiUse.STORES, Answer.NO, null, null, Answer.YES, PatchStatus.CURRENT, null, Answer.YES, null, null,
				null);
	}

}
