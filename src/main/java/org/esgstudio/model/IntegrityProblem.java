package org.esgstudio.model;

import java.util.Arrays;

/**
 * Something structurally wrong in a report (a duplicate id, a dangling reference …): where it is, and a message
 * key with arguments that the presenting layer turns into text in the user's language.
 */
public record IntegrityProblem(String where, String key, Object... args) {
    public IntegrityProblem {
        args = args.clone();
    }

    @Override
    public String toString() {
        return where + ": " + key + " " + Arrays.toString(args);
    }
}
