package org.esgstudio.ui.workspace;

import java.time.Instant;

/** Where autosave stands: all saved (when), changes waiting, saving now, or the last save failed (why). */
public record SaveState(Kind kind, Instant at, String problem) {
    public enum Kind {
        SAVED, PENDING, SAVING, FAILED
    }

    public static SaveState saved(Instant at) {
        return new SaveState(Kind.SAVED, at, null);
    }
}
