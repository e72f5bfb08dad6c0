package org.amity.event;

/**
 * The answer to a registration: what it was when first answered ({@code answered}, kept for replays of the same key)
 * and the registration as it is now; {@code replayed} when this is the answer to a repeated request.
 */
public record RegistrationOutcome(Registration registration, Registration.Status answered, boolean replayed) {
}
