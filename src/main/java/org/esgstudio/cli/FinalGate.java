package org.esgstudio.cli;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.ValidationReport;
import org.esgstudio.review.ReviewedFigure;
import org.esgstudio.review.SignOffReport;

/** What holds a final export back, as one line naming the first few places: errors first, then unapproved figures. */
final class FinalGate {
    private static final int NAMED = 3;

    private FinalGate() {
    }

    static String firstPlaces(ValidationReport validation, SignOffReport signOff) {
        List<String> places = new ArrayList<>();
        for (Finding finding : validation.findings()) {
            if (finding.severity() == Severity.ERROR && places.size() < NAMED) {
                places.add(finding.location() + (finding.text().isEmpty() ? "" : " «" + finding.text() + "»"));
            }
        }
        for (ReviewedFigure figure : signOff.unapproved()) {
            if (places.size() < NAMED) {
                places.add(figure.location() + " «" + figure.text() + "»");
            }
        }
        return String.join("; ", places);
    }
}
