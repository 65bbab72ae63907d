package org.esgstudio.frameworks;

import java.util.Locale;

/** Disclosure codes as people write them in index rows ("GRI 2-1", "gri 305-1") reduced to the catalogue's ("2-1"). */
final class Codes {
    private Codes() {
    }

    static String normalise(String code) {
        String stripped = code.strip();
        if (stripped.toUpperCase(Locale.ROOT).startsWith("GRI ")) {
            stripped = stripped.substring(4).strip();
        }
        return stripped;
    }
}
