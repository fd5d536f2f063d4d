package dev.bulwark.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The catalog release every page's footer names in the auditor view: an auditor asks
 * which version of the requirements the answers were measured against.
 */
@ControllerAdvice(annotations = Controller.class)
class CatalogVersionAdvice {

	private final Catalog catalog;

	CatalogVersionAdvice(Catalog catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute("catalogVersion")
	String catalogVersion() {
		return this.catalog.version().version();
	}

}
