/**
 * The gazetteer: cities, states and prefectures, and wards that sign partnerships, with their names in many languages
 * and scripts, aliases, ISO country, level, parent and coordinates. Other modules find places through
 * {@link org.amity.city.Gazetteer} and resolve country names through {@link org.amity.city.Countries}.
 */
package org.amity.city;
