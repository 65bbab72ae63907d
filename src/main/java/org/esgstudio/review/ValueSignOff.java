package org.esgstudio.review;

/**
 * Where a value stands in sign-off: approved (the latest valid approval of {@code CODE@YEAR}), revoked (approved once,
 * changed since and not approved again: the approval that no longer holds), or never approved ({@code approval} null).
 */
public record ValueSignOff(State state, Approval approval) {
    /** Approved, revoked by a later change, or not approved. */
    public enum State {
        APPROVED, REVOKED, NOT_APPROVED
    }

    public static final ValueSignOff NONE = new ValueSignOff(State.NOT_APPROVED, null);
}
