package org.esgstudio.review;

/**
 * An approval and whether it still holds. A revoked approval is {@code superseded} when the same target has a valid
 * approval given later: it stays on record, but no longer asks for attention.
 */
public record ApprovalCheck(Approval approval, ApprovalStatus status, boolean superseded) {
    public boolean isValid() {
        return status == ApprovalStatus.VALID;
    }
}
