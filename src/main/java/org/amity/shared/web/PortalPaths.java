package org.amity.shared.web;

/**
 * The path every page of the portal starts with: its language ({@code /ko/...}). Page controllers of any module map
 * under it, and the portal reads the page's language from it.
 */
public final class PortalPaths {

	/** For request mappings: {@code @GetMapping(PortalPaths.LANG + "/events")}. */
	public static final String LANG = "/{lang:en|ko|ja|id}";

	private PortalPaths() {
	}
}
