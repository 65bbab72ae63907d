package org.esgstudio.store;

import java.util.List;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.ReportSettings;
import org.esgstudio.review.compare.ChangeReport;
import org.esgstudio.review.compare.ComparedState;
import org.esgstudio.review.compare.Comparison;

/**
 * Compares two states of a project file, each a named version or {@value ProjectFile#CURRENT_STATE} (the state the
 * file holds now): what the {@code compare} command and the versions dialog both run.
 */
public final class ChangeReports {
    private ChangeReports() {
    }

    /** One side: the project as it was and how the report names it. */
    public record State(ComparedState state, Project project) {
    }

    /** The state called {@code name}: a version's snapshot, or the file's current state. */
    public static State state(ProjectFile file, String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.equalsIgnoreCase(ProjectFile.CURRENT_STATE)) {
            List<Revision> history = file.history();
            if (history.isEmpty()) {
                throw new UserFacingException("version.noHistory", file.path());
            }
            Revision last = history.get(history.size() - 1);
            return new State(ComparedState.current(last.id(), last.author(), last.at()), file.load());
        }
        Project project = file.loadVersion(wanted);
        NamedVersion version = file.version(wanted).orElseThrow();
        return new State(ComparedState.version(version.name(), version.author(), version.at()), project);
    }

    /** The change report from {@code from} to {@code to} (version names or "current"). */
    public static ChangeReport between(ProjectFile file, String from, String to) {
        State earlier = state(file, from);
        State later = state(file, to);
        return new ChangeReport(title(later.project().report().settings()), earlier.state(), later.state(),
                Comparison.between(earlier.project(), later.project()));
    }

    /** The company and the report's title, in English when the messages are and the report has it. */
    private static String title(ReportSettings settings) {
        boolean english = Messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        String company = english && settings.company().hasEnglish() ? settings.company().en() : settings.company().zh();
        String title = english && settings.title().hasEnglish() ? settings.title().en() : settings.title().zh();
        return (company.isBlank() ? "" : company + (english ? " – " : " ")) + title;
    }
}
