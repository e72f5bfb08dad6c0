package org.amity.network;

import java.util.Locale;

import org.amity.city.Countries;
import org.amity.partnership.PartnershipType;

/**
 * Which part of the network to analyse. A link is kept when at least one of its places lies in the country or region,
 * when it has the type, and, for a year, when it was signed in or before that year (links without a known date are
 * left out of a year's network and counted). Ward–city links join each ward to its city as an extra edge.
 */
public record NetworkFilter(String country, Region region, PartnershipType type, Integer year, boolean wardLinks) {

	public static final NetworkFilter WORLD = new NetworkFilter(null, null, null, null, false);

	public NetworkFilter {
		if (country != null) {
			country = country.toUpperCase(Locale.ROOT);
			if (!Countries.isKnown(country)) {
				throw new InvalidNetworkFilterException("country", country);
			}
		}
		if (year != null && (year < 1900 || year > 2100)) {
			throw new InvalidNetworkFilterException("year", String.valueOf(year));
		}
	}

	public boolean isWorld() {
		return equals(WORLD);
	}
}
