package org.amity.exchange;

/** A call for applications was published, with the year it runs for. */
public record CallPublished(long callId, long programId, int year) {
}
