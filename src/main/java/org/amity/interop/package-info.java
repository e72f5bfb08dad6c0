/**
 * Data in and out: imports (the global twin-city dataset by entity resolution, official partner lists, agreements,
 * context timelines, the curated gazetteer) with kept reports, exports, and the command line. It writes through the
 * other modules' APIs and nothing operational depends on it.
 */
package org.amity.interop;
