/**
 * One search box over every module's public content (places, partnerships, and actors, programs and events as those
 * modules appear), in Korean, Japanese, Indonesian and English, with facets by kind, country and year.
 * <p>
 * Modules take part without depending on this one: each implements
 * {@link org.amity.shared.search.SearchContribution} (in the open {@code shared} module) as a bean in its own package
 * and publishes {@link org.amity.shared.search.SearchContentChanged} after its content changes. This module collects
 * every such bean, so it reads no module's tables and calls no module's API, and no dependency cycle can arise
 * whichever modules contribute. {@link org.amity.search.SiteSearch} is the API; the index sits behind
 * {@link org.amity.search.SearchBackend}, of which the embedded Lucene index is the one implementation.
 */
package org.amity.search;
