package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Plain values (maps, lists, strings, numbers) as compact JSON, for machine-readable command output. */
public final class JsonText {
    private JsonText() {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper WITH_NULLS =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** As {@link #compact}, but null values are written (for contracts that show them, like {@code validate --json}). */
    public static String compactWithNulls(Object value) {
        try {
            return WITH_NULLS.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String compact(Object value) {
        try {
            return JsonMapping.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
