package org.amity.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.amity.shared.FileFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Writes an analysed network for Gephi, igraph or a spreadsheet: CSV (one row per place with its metrics), GraphML and
 * GEXF (places with their metrics and coordinates, partnerships with type and date).
 */
@Component
public class NetworkExport {

	/** The formats this export writes; each is one of Amity's file formats. */
	public enum Format {

		CSV, GRAPHML, GEXF;

		public String mediaType() {
			return FileFormat.valueOf(name()).mediaType();
		}

		public String extension() {
			return FileFormat.valueOf(name()).extension();
		}
	}

	private static final List<String> METRICS = List.of("degree", "betweenness", "pagerank", "closeness", "harmonic",
			"core", "clustering", "component", "community");

	public void write(NetworkAnalysis analysis, Format format, Writer out) {
		try {
			switch (format) {
				case CSV -> csv(analysis, out);
				case GRAPHML -> graphml(analysis, out);
				case GEXF -> gexf(analysis, out);
			}
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("The export could not be written", e);
		}
	}

	private static void csv(NetworkAnalysis analysis, Writer out) throws IOException {
		var csv = new CSVPrinter(out, CSVFormat.RFC4180);
		csv.printRecord(concat(List.of("id", "slug", "name", "country", "level", "latitude", "longitude"), METRICS));
		for (int node = 0; node < analysis.network().nodeCount(); node++) {
			var m = analysis.node(node);
			var p = m.place();
			csv.printRecord(p.id(), p.slug(), p.name(), p.country(), p.level(), p.latitude(), p.longitude(), m.degree(),
					m.betweenness(), m.pageRank(), m.closeness(), m.harmonic(), m.coreNumber(), m.clustering(),
					m.component(), m.community());
		}
		csv.flush();
	}

	private static void graphml(NetworkAnalysis analysis, Writer out) throws XMLStreamException {
		var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("graphml");
		xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
		key(xml, "name", "node", "string");
		key(xml, "slug", "node", "string");
		key(xml, "country", "node", "string");
		key(xml, "level", "node", "string");
		key(xml, "latitude", "node", "double");
		key(xml, "longitude", "node", "double");
		for (var metric : METRICS) {
			key(xml, metric, "node", List.of("degree", "core", "component", "community").contains(metric) ? "int"
					: "double");
		}
		key(xml, "type", "edge", "string");
		key(xml, "since", "edge", "string");
		xml.writeStartElement("graph");
		xml.writeAttribute("id", "amity");
		xml.writeAttribute("edgedefault", "undirected");
		for (int node = 0; node < analysis.network().nodeCount(); node++) {
			var m = analysis.node(node);
			xml.writeStartElement("node");
			xml.writeAttribute("id", "n" + m.place().id());
			data(xml, "name", m.place().name());
			data(xml, "slug", m.place().slug());
			data(xml, "country", m.place().country());
			data(xml, "level", m.place().level().name());
			data(xml, "latitude", m.place().latitude());
			data(xml, "longitude", m.place().longitude());
			metrics(xml, m, (name, value) -> data(xml, name, value));
			xml.writeEndElement();
		}
		for (var link : analysis.network().links()) {
			xml.writeStartElement("edge");
			xml.writeAttribute("id", "e" + link.id());
			xml.writeAttribute("source", "n" + link.placeA());
			xml.writeAttribute("target", "n" + link.placeB());
			data(xml, "type", link.type().name());
			data(xml, "since", link.since());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}

	private static void gexf(NetworkAnalysis analysis, Writer out) throws XMLStreamException {
		var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("gexf");
		xml.writeDefaultNamespace("http://gexf.net/1.3");
		xml.writeNamespace("viz", "http://gexf.net/1.3/viz");
		xml.writeAttribute("version", "1.3");
		xml.writeStartElement("meta");
		xml.writeAttribute("lastmodifieddate", analysis.computedAt().toString().substring(0, 10));
		element(xml, "creator", "Amity");
		element(xml, "description", "Partnerships between cities, with network metrics");
		xml.writeEndElement();
		xml.writeStartElement("graph");
		xml.writeAttribute("defaultedgetype", "undirected");
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", "node");
		var nodeAttributes = concat(List.of("slug", "country", "level"), METRICS);
		for (int i = 0; i < nodeAttributes.size(); i++) {
			var name = nodeAttributes.get(i);
			xml.writeEmptyElement("attribute");
			xml.writeAttribute("id", String.valueOf(i));
			xml.writeAttribute("title", name);
			xml.writeAttribute("type", List.of("slug", "country", "level").contains(name) ? "string"
					: List.of("degree", "core", "component", "community").contains(name) ? "integer" : "double");
		}
		xml.writeEndElement();
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", "edge");
		xml.writeEmptyElement("attribute");
		xml.writeAttribute("id", "0");
		xml.writeAttribute("title", "since");
		xml.writeAttribute("type", "string");
		xml.writeEndElement();
		xml.writeStartElement("nodes");
		for (int node = 0; node < analysis.network().nodeCount(); node++) {
			var m = analysis.node(node);
			var p = m.place();
			xml.writeStartElement("node");
			xml.writeAttribute("id", "n" + p.id());
			xml.writeAttribute("label", p.name());
			xml.writeStartElement("attvalues");
			var values = new java.util.ArrayList<Object>(List.of(p.slug(), p.country(), p.level().name()));
			metrics(xml, m, (name, value) -> values.add(value));
			for (int i = 0; i < values.size(); i++) {
				xml.writeEmptyElement("attvalue");
				xml.writeAttribute("for", String.valueOf(i));
				xml.writeAttribute("value", String.valueOf(values.get(i)));
			}
			xml.writeEndElement();
			if (p.hasCoordinates()) {
				// Gephi lays places out where they are: longitude as x, latitude as y
				xml.writeEmptyElement("viz", "position", "http://gexf.net/1.3/viz");
				xml.writeAttribute("x", String.format(Locale.ROOT, "%.4f", p.longitude()));
				xml.writeAttribute("y", String.format(Locale.ROOT, "%.4f", p.latitude()));
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeStartElement("edges");
		for (var link : analysis.network().links()) {
			xml.writeStartElement("edge");
			xml.writeAttribute("id", "e" + link.id());
			xml.writeAttribute("source", "n" + link.placeA());
			xml.writeAttribute("target", "n" + link.placeB());
			xml.writeAttribute("label", link.type().name());
			if (link.since() != null) {
				xml.writeStartElement("attvalues");
				xml.writeEmptyElement("attvalue");
				xml.writeAttribute("for", "0");
				xml.writeAttribute("value", link.since().toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}

	@FunctionalInterface
	private interface MetricSink {

		void accept(String name, Object value) throws XMLStreamException;
	}

	private static void metrics(XMLStreamWriter xml, NetworkAnalysis.NodeMetrics m, MetricSink sink)
			throws XMLStreamException {
		sink.accept("degree", m.degree());
		sink.accept("betweenness", m.betweenness());
		sink.accept("pagerank", m.pageRank());
		sink.accept("closeness", m.closeness());
		sink.accept("harmonic", m.harmonic());
		sink.accept("core", m.coreNumber());
		sink.accept("clustering", m.clustering());
		sink.accept("component", m.component());
		sink.accept("community", m.community());
	}

	private static void key(XMLStreamWriter xml, String name, String scope, String type) throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", name);
		xml.writeAttribute("for", scope);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(String.valueOf(value));
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		var all = new java.util.ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
