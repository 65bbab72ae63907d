package org.esgstudio.frameworks;

import java.util.Objects;
import org.esgstudio.model.LocalizedText;

/** A reason a catalogue accepts for omitting a disclosure (GRI 1: not applicable, legal prohibitions …). */
public record OmissionReason(String code, LocalizedText title) {
    public OmissionReason {
        Objects.requireNonNull(code, "code");
        title = LocalizedText.orEmpty(title);
    }
}
