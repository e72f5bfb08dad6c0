package org.amity.privacy;

/**
 * What a person's data may be used for, each consented separately. The text shown for a purpose is versioned: when it
 * changes materially its version goes up and earlier consent no longer counts, so people are asked again.
 */
public enum Purpose {

	/** Processing an application to a program or registration to an event. */
	APPLICATION_PROCESSING(1),
	/** Sharing the data with the partner city's government and hosts. */
	PARTNER_SHARING(1),
	/** Transferring the data to the partner's country (Korea, Japan or Indonesia and back). */
	CROSS_BORDER_TRANSFER(1),
	/** Photos, names and quotes in publicity and on social media. */
	PUBLICITY(1),
	/** Answering research surveys, analysed in aggregate. */
	RESEARCH(1);

	private final int version;

	Purpose(int version) {
		this.version = version;
	}

	/** The version of the purpose's text now in force. */
	public int version() {
		return version;
	}

	/** The message key of the purpose's text in its current version. */
	public String textKey() {
		return "privacy.purpose." + name() + ".v" + version;
	}
}
