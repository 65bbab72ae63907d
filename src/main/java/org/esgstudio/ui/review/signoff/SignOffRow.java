package org.esgstudio.ui.review.signoff;

import java.time.Instant;
import org.esgstudio.review.ApprovalCheck;
import org.esgstudio.review.ReviewedFigure;

/**
 * One line of the sign-off list: a figure of the text with its review status, or an approval that was revoked by a
 * later change (the target changed after it was signed off and waits to be signed off again).
 */
public record SignOffRow(Status status, String chapterId, String blockId, String location, String text,
                         String indicator, String reviewer, Instant at, ReviewedFigure figure,
                         ApprovalCheck revoked) {

    /** The statuses in the order the filter offers them. */
    public enum Status {
        IN_ERROR, REVOKED, VERIFIED, APPROVED, UNVERIFIED
    }

    static SignOffRow of(ReviewedFigure figure) {
        return of(figure, figure.text());
    }

    /** {@code shown}: the figure as the reader sees it (a figure reference shows its printed value). */
    static SignOffRow of(ReviewedFigure figure, String shown) {
        Status status = switch (figure.status()) {
            case IN_ERROR -> Status.IN_ERROR;
            case APPROVED -> Status.APPROVED;
            case VERIFIED -> Status.VERIFIED;
            default -> Status.UNVERIFIED;
        };
        String indicator = figure.indicator() == null ? "" : figure.indicator() + "@" + figure.year();
        return new SignOffRow(status, figure.chapterId(), figure.blockId(), figure.location(), shown, indicator,
                figure.approvedBy() == null ? null : figure.approvedBy().reviewer(),
                figure.approvedBy() == null ? null : figure.approvedBy().at(), figure, null);
    }

    static SignOffRow of(ApprovalCheck check, String chapterId, String location) {
        var approval = check.approval();
        String indicator = approval.indicator() == null ? "" : approval.indicator() + "@" + approval.year();
        String text = approval.figureText() != null ? approval.figureText()
                : approval.kind() == org.esgstudio.review.ApprovalKind.BLOCK
                ? org.esgstudio.ui.common.I18n.text("ui.signoff.wholeBlock", approval.blockId()) : approval.target();
        return new SignOffRow(Status.REVOKED, chapterId, approval.blockId(), location, text, indicator,
                approval.reviewer(), approval.at(), null, check);
    }

    /** The figure as written in the text, as the editor finds it (a reference's markup). */
    public String written() {
        return figure != null ? figure.text() : text;
    }

    /** A figure that agrees with the store and has no valid approval: what a reviewer can sign off now. */
    public boolean approvable() {
        return status == Status.VERIFIED && figure != null;
    }
}
