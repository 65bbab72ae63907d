package org.esgstudio.data;

import java.time.Instant;
import java.util.Objects;

/** Where a value came from: a file and cell ({@code 指标数据!F12}), or typed in the app (no file); who and when. */
public record Provenance(String file, String cell, String author, Instant at) {
    public Provenance {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    public static Provenance typed(String author, Instant at) {
        return new Provenance(null, null, author, at);
    }

    public boolean isTyped() {
        return file == null;
    }

    /** "data.csv!J5", or "" when typed in. */
    public String place() {
        if (file == null) {
            return "";
        }
        return cell == null ? file : file + "!" + cell;
    }
}
