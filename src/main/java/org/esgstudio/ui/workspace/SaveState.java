package org.esgstudio.ui.workspace;

import java.time.Instant;

/**
 * Where autosave stands: all saved (when), changes waiting, saving now, the last save failed (why), or nothing is
 * saved because the file is open read-only (why: who is editing it).
 */
public record SaveState(Kind kind, Instant at, String problem) {
    public enum Kind {
        SAVED, PENDING, SAVING, FAILED, READ_ONLY
    }

    public static SaveState saved(Instant at) {
        return new SaveState(Kind.SAVED, at, null);
    }
}
