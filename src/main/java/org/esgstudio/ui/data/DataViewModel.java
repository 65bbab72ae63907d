package org.esgstudio.ui.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.Project;
import org.esgstudio.store.Authors;
import org.esgstudio.ui.common.I18n;
import org.esgstudio.ui.workspace.Edit;
import org.esgstudio.ui.workspace.Workspace;

/**
 * The data page's state, without controls: the catalogue rows that pass the filter (following the workspace's
 * project and latest validation), the years shown, the categories and departments to filter by, the rules with their
 * outcome per year, and the last message (a value refused, an import's summary). Values typed in go to the workspace
 * as undoable edits.
 */
public final class DataViewModel {
    private final Workspace workspace;
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ObservableList<RuleStatus> rules = FXCollections.observableArrayList();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>("");
    private final ObjectProperty<String> department = new SimpleObjectProperty<>("");
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public DataViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.projectProperty().addListener((obs, old, project) -> refresh());
        workspace.validationProperty().addListener((obs, old, report) -> refresh());
        category.addListener((obs, old, now) -> refresh());
        department.addListener((obs, old, now) -> refresh());
        search.addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Project project = workspace.current();
        DataSet data = project.data();
        List<Integer> shownYears = years(project);
        if (!years.equals(shownYears)) {
            years.setAll(shownYears);
        }
        syncChoices(categories, data, Indicator::category);
        syncChoices(departments, data, Indicator::department);
        IndicatorFilter filter = filter();
        ValueProblems problems = ValueProblems.of(workspace.validationProperty().get());
        List<IndicatorRow> next = new ArrayList<>();
        for (Indicator indicator : data.indicators()) {
            if (filter.matches(indicator)) {
                next.add(IndicatorRow.of(indicator, data, shownYears, problems));
            }
        }
        update(rows, next);
        update(rules, RuleStatus.of(data, shownYears));
    }

    /** The years with values and the report's year, newest first (a new year can be typed in before it has values). */
    private static List<Integer> years(Project project) {
        TreeSet<Integer> all = new TreeSet<>(java.util.Collections.reverseOrder());
        all.addAll(project.data().years());
        all.add(project.report().settings().year());
        return List.copyOf(all);
    }

    private static void syncChoices(ObservableList<String> choices, DataSet data, Function<Indicator, String> of) {
        Set<String> found = new LinkedHashSet<>();
        data.indicators().forEach(indicator -> {
            if (!of.apply(indicator).isBlank()) {
                found.add(of.apply(indicator));
            }
        });
        if (!choices.equals(new ArrayList<>(found))) {
            choices.setAll(found);
        }
    }

    /** Replaces only the rows that changed, so the grid keeps its selection and scroll position across edits. */
    private static <T> void update(ObservableList<T> shown, List<T> next) {
        if (shown.size() != next.size()) {
            shown.setAll(next);
            return;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!shown.get(i).equals(next.get(i))) {
                shown.set(i, next.get(i));
            }
        }
    }

    public IndicatorFilter filter() {
        return new IndicatorFilter(category.get(), department.get(), search.get());
    }

    /** Why this text cannot be the indicator's value for that year (also put in the message line), or empty. */
    public Optional<String> problem(String code, int year, String text) {
        DataSet data = workspace.current().data();
        Indicator indicator = data.indicator(code).orElseThrow();
        TypedValue typed = TypedValue.read(text, indicator, data.value(code, year).orElse(null));
        if (!typed.refused()) {
            return Optional.empty();
        }
        message.set(I18n.text("ui.data.value.refusedAt", indicator.name().zh(), year, typed.problem()));
        return Optional.of(typed.problem());
    }

    /**
     * Stores a typed value as one undoable edit; returns the problem instead when the text is refused (the message
     * is shown too). Typing the value the store already holds changes nothing.
     */
    public Optional<String> enter(String code, int year, String text) {
        Optional<String> problem = problem(code, year, text);
        if (problem.isPresent()) {
            return problem;
        }
        DataSet data = workspace.current().data();
        Indicator indicator = data.indicator(code).orElseThrow();
        TypedValue typed = TypedValue.read(text, indicator, data.value(code, year).orElse(null));
        Optional<Edit> edit = typed.edit(indicator, year, data, Authors.current(), Instant.now());
        edit.ifPresent(change -> {
            workspace.apply(change);
            String shown = ValueText.shown(indicator, workspace.current().data().value(code, year).orElse(null));
            message.set(I18n.text("ui.data.value.stored", indicator.name().zh(), year,
                    shown.isEmpty() ? I18n.text("ui.data.value.notReported") : shown));
        });
        return Optional.empty();
    }

    public void say(String text) {
        message.set(text);
    }

    public Workspace workspace() {
        return workspace;
    }

    public ObservableList<IndicatorRow> rows() {
        return rows;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public ObservableList<RuleStatus> rules() {
        return rules;
    }

    /** The category shown; empty for all. */
    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    /** The department shown; empty for all. */
    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
