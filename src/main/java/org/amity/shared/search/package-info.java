/**
 * What every module needs to take part in Amity's one search box without depending on the search module: the
 * {@link org.amity.shared.search.SearchDocument} a module publishes for each public thing it owns, the
 * {@link org.amity.shared.search.SearchContribution} it implements to hand them over (for texts people write, by
 * extending {@link org.amity.shared.search.WrittenContent}), and the language analysis
 * (Nori, Kuromoji, the Indonesian stemmer, ICU folding, CJK bigrams) that the site search and the gazetteer's own
 * name search share.
 */
package org.amity.shared.search;
