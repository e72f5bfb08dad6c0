package org.amity.event;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as an SVG image, one path of dark modules, with the quiet zone the standard asks for. */
public final class QrCodes {

	private QrCodes() {
	}

	public static String svg(String text) {
		var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int border = 4;
		int size = qr.size + border * 2;
		var path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\" width=\"200\" height=\"200\" aria-hidden=\"true\" focusable=\"false\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
				+ "\" fill=\"#000000\"/></svg>";
	}
}
