/**
 * The gazetteer: cities, states and prefectures, and wards that sign partnerships, with their names in many languages
 * and scripts, aliases, ISO country, level, parent and coordinates. Other modules find places through
 * {@link org.amity.city.Gazetteer} and resolve country names through {@link org.amity.city.Countries}. Search runs on
 * an embedded Lucene index of every name, analysed per language with Nori (Korean), Kuromoji (Japanese), the
 * Indonesian stemmer and ICU folding, and rebuilt from the database when names are added.
 */
package org.amity.city;
