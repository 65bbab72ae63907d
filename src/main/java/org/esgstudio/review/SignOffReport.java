package org.esgstudio.review;

import java.util.List;

/**
 * The review state of a report: every approval checked, every figure with its status in reading order, the
 * per-chapter dashboard, and the number of validation errors (findings of severity error, figures or not).
 */
public record SignOffReport(List<ApprovalCheck> approvals, List<ReviewedFigure> figures,
                            List<ChapterSignOff> chapters, int validationErrors) {
    public SignOffReport {
        approvals = List.copyOf(approvals);
        figures = List.copyOf(figures);
        chapters = List.copyOf(chapters);
    }

    /** Revoked approvals not replaced by a later valid one: changed after approval, waiting to be approved again. */
    public List<ApprovalCheck> revoked() {
        return approvals.stream().filter(check -> !check.isValid() && !check.superseded()).toList();
    }

    /** Figures that agree with the store but no valid approval covers. */
    public List<ReviewedFigure> unapproved() {
        return figures.stream().filter(figure -> figure.status() == FigureStatus.VERIFIED).toList();
    }

    public List<ReviewedFigure> inError() {
        return figures.stream().filter(figure -> figure.status() == FigureStatus.IN_ERROR).toList();
    }

    /**
     * The final export may go ahead: no validation error and every agreeing figure approved. Unverified figures (not
     * matched to any stored value) do not hold it up: the validator already warns about each of them.
     */
    public boolean readyForFinal() {
        return validationErrors == 0 && unapproved().isEmpty();
    }
}
