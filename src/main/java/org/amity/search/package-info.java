/**
 * One search box over every module's public content (places, partnerships, and actors, programs and events as those
 * modules appear), in Korean, Japanese, Indonesian and English, with facets by kind, country and year.
 * <p>
 * Modules take part without depending on this one: each implements
 * {@link org.amity.shared.search.SearchContribution} (in the open {@code shared} module) as a bean in its own package
 * and publishes {@link org.amity.shared.search.SearchContentChanged} after its content changes. This module collects
 * every such bean, so it reads no module's tables and calls no module's API, and no dependency cycle can arise
 * whichever modules contribute. {@link org.amity.search.SiteSearch} is the API; the index sits behind
 * {@link org.amity.search.SearchBackend}, chosen by {@code amity.search.backend}: {@code embedded} (the default), a
 * Lucene index in each instance's memory, or {@code opensearch}, one index at {@code amity.search.opensearch.url} that
 * several instances share, fed with words Amity's own analysers made so both answer alike.
 */
package org.amity.search;
