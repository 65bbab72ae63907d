package org.esgstudio.ui.find;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.esgstudio.model.ReportSearch;
import org.esgstudio.ui.common.Tasks;
import org.esgstudio.ui.workspace.Workspace;

/**
 * Find in the whole report (Ctrl+F): the query, its hits (searched in the background, again when the report
 * changes), and the current hit. Going to a hit selects its node and asks the editor to reveal the match.
 */
public final class FindModel {
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;
    private final BiConsumer<String, String> reveal;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<List<ReportSearch.Hit>> hits = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private long generation;
    private long answered;
    private int pendingMove;

    /** {@code reveal} gets the node id and the matched text once the node is selected. */
    public FindModel(Workspace workspace, Executor background, Executor ui, BiConsumer<String, String> reveal) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        this.reveal = reveal;
        query.addListener((obs, old, text) -> search(true));
        workspace.projectProperty().addListener((obs, old, project) -> {
            if (!query.get().isBlank()) {
                search(false);
            }
        });
    }

    private void search(boolean fromStart) {
        long asked = ++generation;
        String text = query.get();
        var report = workspace.current().report();
        Tasks.create(() -> ReportSearch.find(report, text)).onSuccess(found -> {
            if (asked != generation) {
                return; // a newer query or report is being searched
            }
            answered = asked;
            hits.set(found);
            if (fromStart || current.get() >= found.size()) {
                current.set(-1);
            }
            if (pendingMove != 0) {
                int by = pendingMove;
                pendingMove = 0;
                go(by); // Enter pressed before the search had finished
            }
        }).run(background, ui);
    }

    /** Goes to the next hit (wrapping round); the first call goes to the first hit. */
    public void next() {
        go(+1);
    }

    public void previous() {
        go(-1);
    }

    private void go(int by) {
        if (answered != generation) {
            pendingMove = by;
            return;
        }
        List<ReportSearch.Hit> found = hits.get();
        if (found.isEmpty()) {
            return;
        }
        int index = current.get() < 0 ? (by > 0 ? 0 : found.size() - 1)
                : Math.floorMod(current.get() + by, found.size());
        current.set(index);
        ReportSearch.Hit hit = found.get(index);
        workspace.selectedProperty().set(hit.nodeId());
        reveal.accept(hit.nodeId(), hit.match());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<List<ReportSearch.Hit>> hitsProperty() {
        return hits;
    }

    /** The index of the hit shown, or -1 before the first. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current;
    }
}
