package org.esgstudio.ui.welcome;

/** What the welcome's buttons do in the main window (the window's own commands). */
public interface WelcomeActions {
    /** Takes the user to a task: the editor, the review panel's findings, the export dialog. */
    void start(WelcomeTask task);

    /** File → New report… */
    void newReport();

    /** File → Open… */
    void open();
}
