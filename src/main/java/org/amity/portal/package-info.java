/**
 * The public web interface: server-rendered pages for browsing places, partnerships and the world map of twin cities,
 * in English, Korean, Japanese and Indonesian with the language in the URL. It reads the other modules only through
 * their APIs and owns no tables; every page works without JavaScript.
 */
package org.amity.portal;
