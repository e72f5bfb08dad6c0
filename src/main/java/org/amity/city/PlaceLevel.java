package org.amity.city;

/** The tier of government a place stands for: a state or prefecture, a city, or a ward of a city. */
public enum PlaceLevel {
	STATE, CITY, WARD
}
