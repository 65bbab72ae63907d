package org.esgstudio.frameworks;

import java.util.Objects;
import org.esgstudio.model.LocalizedText;

/** One disclosure requirement of a catalogue: its code (305-1, E.1.1), its title and where the framework states it. */
public record Disclosure(String code, LocalizedText title, String ref) {
    public Disclosure {
        Objects.requireNonNull(code, "code");
        code = code.strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("a disclosure needs a code");
        }
        title = LocalizedText.orEmpty(title);
        ref = Objects.requireNonNullElse(ref, "");
    }
}
