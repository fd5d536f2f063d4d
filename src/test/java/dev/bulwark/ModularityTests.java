package dev.bulwark;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: each module uses only the published API of the modules it declares.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BulwarkApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
