package org.esgstudio.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One sign-off as recorded: what was approved (a value {@code indicator@year}; a figure: block, indicator, year and
 * the figure as written; a block: its id), the SHA-256 of what the reviewer saw, who and when. {@code id} is 0 until
 * stored. Approvals are never changed: a later change of the target makes the hash disagree (revoked).
 */
public record Approval(long id, ApprovalKind kind, String blockId, String indicator, Integer year, String figureText,
                       String hash, String reviewer, Instant at) {
    public Approval {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        if (kind != ApprovalKind.BLOCK && (indicator == null || year == null)) {
            throw new IllegalArgumentException(kind + " approval needs an indicator and a year");
        }
        if (kind != ApprovalKind.VALUE && blockId == null) {
            throw new IllegalArgumentException(kind + " approval needs a block");
        }
        if (kind == ApprovalKind.FIGURE && figureText == null) {
            throw new IllegalArgumentException("a figure approval needs the figure as written");
        }
    }

    public Approval withId(long stored) {
        return new Approval(stored, kind, blockId, indicator, year, figureText, hash, reviewer, at);
    }

    /** What was approved, as people read it: {@code CODE@2024}, {@code ch2-s4-p6}, {@code ch2-s4-p6 CODE@2024 «98,652立方米»}. */
    public String target() {
        if (kind == ApprovalKind.VALUE) {
            return indicator + "@" + year;
        }
        if (kind == ApprovalKind.BLOCK) {
            return blockId;
        }
        return blockId + " " + indicator + "@" + year + " «" + figureText + "»";
    }

    /** Same thing approved (possibly by someone else, at another time). */
    public boolean sameTargetAs(Approval other) {
        return kind == other.kind && Objects.equals(blockId, other.blockId) && Objects.equals(indicator, other.indicator)
                && Objects.equals(year, other.year) && Objects.equals(figureText, other.figureText);
    }
}
