package org.amity.portal.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.amity.city.Place;

/**
 * Draws partnerships as SVG in an equirectangular projection: longitude and latitude map straight to x and y, which
 * is enough to see where the world's ties run and needs no map data. Tens of thousands of lines fit in two paths, one
 * for the links and one for the places, so the browser draws the whole map without any script.
 */
final class WorldMapSvg {

	/** Tenths of a degree: integer coordinates keep the path data short and are finer than a pixel. */
	private static final int SCALE = 10;
	static final int WIDTH = 360 * SCALE;
	static final int HEIGHT = 180 * SCALE;

	private WorldMapSvg() {
	}

	static void line(StringBuilder path, Place from, Place to) {
		path.append('M').append(x(from.longitude())).append(' ').append(y(from.latitude()));
		path.append('L').append(x(to.longitude())).append(' ').append(y(to.latitude()));
	}

	/** A zero-length segment, which a round line cap draws as a dot. */
	static void dot(StringBuilder path, Place place) {
		path.append('M').append(x(place.longitude())).append(' ').append(y(place.latitude())).append("h0");
	}

	/**
	 * Colours of the largest communities, from the palette of Okabe and Ito (told apart with the common colour-vision
	 * deficiencies) with lighter tones for the dark sea; the legend names each community in text as well.
	 */
	static final List<String> COMMUNITY_COLOURS = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7",
			"#D55E00", "#B2DF8A", "#FFFFFF");

	/** The whole world: a graticule every 30 degrees, the links (grey between communities), then the places. */
	static String world(String title, String description, String links, List<String> communityLinks, String dots) {
		var svg = new StringBuilder(links.length() + dots.length() + 2048);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"map-title map-desc\">");
		svg.append("<title id=\"map-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"map-desc\">").append(escape(description)).append("</desc>");
		svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#0b2545\"/>");
		svg.append("<path fill=\"none\" stroke=\"#27466f\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\" d=\"");
		graticule(svg, -180, 180, -90, 90, 30, -180, 180, -90, 90);
		svg.append("\"/>");
		svg.append("<path fill=\"none\" stroke=\"#8a9bb4\" stroke-opacity=\"0.10\" stroke-width=\"0.6\" "
				+ "vector-effect=\"non-scaling-stroke\" d=\"").append(links).append("\"/>");
		for (int i = 0; i < communityLinks.size(); i++) {
			svg.append("<path fill=\"none\" stroke=\"").append(COMMUNITY_COLOURS.get(i))
				.append("\" stroke-opacity=\"0.22\" stroke-width=\"0.6\" vector-effect=\"non-scaling-stroke\" d=\"")
				.append(communityLinks.get(i)).append("\"/>");
		}
		svg.append("<path fill=\"none\" stroke=\"#ffd166\" stroke-opacity=\"0.9\" stroke-width=\"1.8\" stroke-linecap=\"round\" "
				+ "vector-effect=\"non-scaling-stroke\" d=\"").append(dots).append("\"/>");
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * A small map of one place and its partners, framed to fit them. Each partner's dot carries its name as a tooltip;
	 * the page's table of partners is the text alternative.
	 */
	static String place(Place center, Collection<Place> partners, String title, Locale locale) {
		double minLon = center.longitude(), maxLon = minLon, minLat = center.latitude(), maxLat = minLat;
		for (var partner : partners) {
			minLon = Math.min(minLon, partner.longitude());
			maxLon = Math.max(maxLon, partner.longitude());
			minLat = Math.min(minLat, partner.latitude());
			maxLat = Math.max(maxLat, partner.latitude());
		}
		// A frame of two to one around the places with a margin, at least 40 by 20 degrees so that a ward and its
		// neighbour do not fill it, moved (not cut) to stay within the world.
		double lonSpan = Math.max(40, maxLon - minLon + 16);
		double latSpan = Math.max(20, maxLat - minLat + 12);
		lonSpan = Math.min(360, Math.max(lonSpan, 2 * latSpan));
		latSpan = Math.min(180, lonSpan / 2);
		double west = Math.max(-180, Math.min(180 - lonSpan, (minLon + maxLon) / 2 - lonSpan / 2));
		double south = Math.max(-90, Math.min(90 - latSpan, (minLat + maxLat) / 2 - latSpan / 2));
		int x0 = x(west), y0 = y(south + latSpan), width = x(west + lonSpan) - x0, height = y(south) - y0;
		var svg = new StringBuilder(1024 + partners.size() * 160);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"place-map\" viewBox=\"").append(x0).append(' ')
			.append(y0).append(' ').append(width).append(' ').append(height)
			.append("\" role=\"img\" aria-labelledby=\"place-map-title\">");
		svg.append("<title id=\"place-map-title\">").append(escape(title)).append("</title>");
		svg.append("<rect x=\"").append(x0).append("\" y=\"").append(y0).append("\" width=\"").append(width)
			.append("\" height=\"").append(height).append("\" fill=\"#0b2545\"/>");
		svg.append("<path fill=\"none\" stroke=\"#27466f\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\" d=\"");
		int step = lonSpan > 120 ? 30 : 10;
		graticule(svg, (int) Math.ceil(west / step) * step, (int) Math.floor((west + lonSpan) / step) * step,
				(int) Math.ceil(south / step) * step, (int) Math.floor((south + latSpan) / step) * step, step,
				west, west + lonSpan, south, south + latSpan);
		svg.append("\"/>");
		svg.append("<path fill=\"none\" stroke=\"#8fd3ff\" stroke-opacity=\"0.7\" stroke-width=\"1.5\" "
				+ "vector-effect=\"non-scaling-stroke\" d=\"");
		partners.forEach(partner -> line(svg, center, partner));
		svg.append("\"/>");
		double radius = width / 300.0;
		for (var partner : partners) {
			svg.append("<circle cx=\"").append(x(partner.longitude())).append("\" cy=\"").append(y(partner.latitude()))
				.append("\" r=\"").append(Math.round(radius * 10) / 10.0)
				.append("\" fill=\"#ffd166\"><title>").append(escape(partner.nameIn(locale))).append("</title></circle>");
		}
		svg.append("<circle cx=\"").append(x(center.longitude())).append("\" cy=\"").append(y(center.latitude()))
			.append("\" r=\"").append(Math.round(radius * 18) / 10.0)
			.append("\" fill=\"#ffffff\" stroke=\"#e4572e\" stroke-width=\"3\" vector-effect=\"non-scaling-stroke\"><title>")
			.append(escape(center.nameIn(locale))).append("</title></circle>");
		svg.append("</svg>");
		return svg.toString();
	}

	/** Meridians and parallels every {@code step} degrees from the first to the last, drawn across the frame. */
	private static void graticule(StringBuilder path, int firstLon, int lastLon, int firstLat, int lastLat, int step,
			double west, double east, double south, double north) {
		for (int lon = firstLon; lon <= lastLon; lon += step) {
			path.append('M').append(x(lon)).append(' ').append(y(north)).append('V').append(y(south));
		}
		for (int lat = firstLat; lat <= lastLat; lat += step) {
			path.append('M').append(x(west)).append(' ').append(y(lat)).append('H').append(x(east));
		}
	}

	static int x(double longitude) {
		return (int) Math.round((longitude + 180) * SCALE);
	}

	static int y(double latitude) {
		return (int) Math.round((90 - latitude) * SCALE);
	}

	static String escape(String text) {
		var out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
