package org.amity.exchange;

/** A program joined a partnership's catalogue; search indexes it, evaluation counts it. */
public record ProgramCreated(long programId, long partnershipId, ProgramKind kind, boolean demo) {
}
