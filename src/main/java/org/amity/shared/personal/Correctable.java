package org.amity.shared.personal;

/** A field the person may correct, with its current value and the longest value it takes. */
public record Correctable(String section, String field, String value, int maxLength) {
}
