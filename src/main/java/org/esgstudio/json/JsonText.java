package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Plain values (maps, lists, strings, numbers) as compact JSON, for machine-readable command output. */
public final class JsonText {
    private JsonText() {
    }

    public static String compact(Object value) {
        try {
            return JsonMapping.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
