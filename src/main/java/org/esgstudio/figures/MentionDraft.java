package org.esgstudio.figures;

import java.math.BigDecimal;

/** A mention while it is being read, in normalised offsets; {@link FigureFinder} maps it back to the original text. */
final class MentionDraft {
    int start;
    int end;
    BigDecimal value;
    int decimals;
    String unit = "";
    Qualifier qualifier = Qualifier.NONE;
    MentionKind kind;
    Direction direction = Direction.NONE;
    Integer baseYear;
    BigDecimal upper;

    MentionDraft(int start, int end, BigDecimal value, MentionKind kind) {
        this.start = start;
        this.end = end;
        this.value = value;
        this.decimals = Math.max(0, value.scale());
        this.kind = kind;
    }

    static MentionDraft of(int start, int end, NumberToken token, MentionKind kind) {
        MentionDraft draft = new MentionDraft(start, end, token.value(), kind);
        draft.decimals = token.decimals();
        return draft;
    }
}
