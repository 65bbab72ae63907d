package org.esgstudio.review;

/** An approval still holds (the target is as approved) or is revoked (it changed after approval, or is gone). */
public enum ApprovalStatus {
    VALID, REVOKED
}
