package org.amity.actor.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The small picture of an actor's relations: the actor in the middle, each related organisation, partnership,
 * program or event on a circle around it, joined by a line named with the role. Laid out here so that the page can
 * draw it as SVG without JavaScript.
 */
record ActorGraph(int width, int height, Node centre, List<Edge> edges) {

	static final int WIDTH = 640;
	static final int HEIGHT = 420;
	static final int RADIUS = 160;
	static final int MAX_LABEL = 28;

	record Node(double x, double y, String label, String href) {
	}

	record Edge(Node node, String role, double labelX, double labelY) {
	}

	record Related(String label, String href, String role) {
	}

	static ActorGraph of(String centreLabel, List<Related> related) {
		var centre = new Node(WIDTH / 2.0, HEIGHT / 2.0, shorten(centreLabel), null);
		var edges = new ArrayList<Edge>();
		int n = related.size();
		for (int i = 0; i < n; i++) {
			// the first neighbour at the top, the rest clockwise
			double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
			var r = related.get(i);
			var node = new Node(round(centre.x() + RADIUS * 1.4 * Math.cos(angle)),
					round(centre.y() + RADIUS * Math.sin(angle)), shorten(r.label()), r.href());
			edges.add(new Edge(node, r.role(), round((centre.x() + node.x()) / 2), round((centre.y() + node.y()) / 2)));
		}
		return new ActorGraph(WIDTH, HEIGHT, centre, edges);
	}

	private static String shorten(String label) {
		return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
