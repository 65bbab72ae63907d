package org.esgstudio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.Project;
import org.esgstudio.model.LocalizedText;

/** Test helpers: a sample project with a few saves, and an attacker editing its history with raw SQL. */
public final class HistoryTampering {
    public static final String EDITOR = "李审计";

    private HistoryTampering() {
    }

    /** The Qinghe sample (revision 1, by {@link Samples#AUTHOR}) and {@code saves} further revisions by {@link #EDITOR}. */
    public static Path sampleWithSaves(Path target, int saves) {
        Samples.projectFile(Samples.QINGHE, target);
        try (ProjectFile project = ProjectFile.open(target, OpenMode.READ_WRITE)) {
            for (int i = 0; i < saves; i++) {
                Project loaded = project.load();
                Indicator indicator = loaded.data().indicators().get(i);
                Indicator defined = indicator.withDefinition(LocalizedText.of("统计口径 " + (i + 1), "Definition " + (i + 1)));
                if (!project.save(loaded.withData(loaded.data().withIndicator(defined)), EDITOR, "口径 " + (i + 1))) {
                    throw new IllegalStateException("save " + (i + 1) + " changed nothing");
                }
            }
        }
        return target;
    }

    /** Runs {@code sql} as an attacker would: with the append-only triggers dropped first and no foreign keys. */
    public static void tamper(Path file, String... sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String table : new String[] {"revision", "change", "revision_hash"}) {
                statement.execute("DROP TRIGGER IF EXISTS " + table + "_is_append_only_update");
                statement.execute("DROP TRIGGER IF EXISTS " + table + "_is_append_only_delete");
            }
            for (String one : sql) {
                statement.execute(one);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
