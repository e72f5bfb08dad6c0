package org.amity.search;

/** The search backend shared by several instances (OpenSearch) cannot be reached or refused a request. */
public class SearchUnavailableException extends RuntimeException {

	SearchUnavailableException(String message) {
		super(message);
	}

	SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
