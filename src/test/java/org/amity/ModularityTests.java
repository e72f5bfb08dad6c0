package org.amity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of Amity depend on each other only the way PRODUCT.md allows, and their documentation is written. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(AmityApplication.class);

	@Test
	void the_modules_respect_their_boundaries() {
		modules.verify();
	}

	@Test
	void the_modules_are_the_ones_the_product_names() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("city", "partnership", "evaluation", "interop", "network", "portal", "shared", "identity", "search");
	}

	@Test
	void the_gazetteer_depends_on_no_other_business_module() {
		var city = modules.getModuleByName("city").orElseThrow();
		assertThat(city.getBootstrapDependencies(modules).map(m -> m.getIdentifier().toString()).toList())
			.doesNotContain("partnership", "interop", "evaluation", "portal");
		assertThat(city.getDirectDependencies(modules).stream().map(d -> d.getTargetModule().getIdentifier().toString()).toList())
			.allMatch(name -> name.equals("shared"));
	}

	@Test
	void writes_the_module_documentation() {
		// Diagrams of the whole and of each module, written to target/spring-modulith-docs
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
