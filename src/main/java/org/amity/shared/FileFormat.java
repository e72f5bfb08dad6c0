package org.amity.shared;

/** The file formats Amity writes, with the media type and file name extension a download is served with. */
public enum FileFormat {

	CSV("text/csv", "csv"), JSON("application/json", "json"), GEOJSON("application/geo+json", "geojson"),
	GRAPHML("application/graphml+xml", "graphml"), GEXF("application/gexf+xml", "gexf"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;
	private final String extension;

	FileFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}
}
