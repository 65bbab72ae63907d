package org.esgstudio.office;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.esgstudio.data.CsvText;
import org.esgstudio.data.DataMerge;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.DataSheet;
import org.esgstudio.data.Project;
import org.esgstudio.data.Rule;
import org.esgstudio.data.RulesCsv;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Report;
import org.esgstudio.office.template.ReturnedTemplate;

/**
 * Brings a department's KPI data into a store, all or nothing: a workbook (.xlsx: the data sheet and the optional
 * rules sheet), a returned data-collection template (recognised by its marker: {@link ReturnedTemplate}) or a data.csv
 * (codes optional). Rows without a code are matched to the store's indicators by name or alias. Nothing is written
 * here: the caller saves {@link Result#merged()} as one revision.
 */
public final class DataImport {
    private DataImport() {
    }

    /** What an import brings: the data read, the store after merging it, and how much of the store it changes. */
    public record Result(String fileName, DataSet incoming, DataSet merged, int indicatorsChanged, int valuesChanged,
                         int rulesChanged) {
        public boolean changesNothing() {
            return indicatorsChanged == 0 && valuesChanged == 0 && rulesChanged == 0;
        }
    }

    /**
     * Reads {@code file} (by its content: xlsx, or .csv by name) and merges it into the project's data. A returned
     * data-collection template is recognised by its marker and must have been exported from this project (the same
     * company and reporting year).
     */
    public static Result read(Path file, Project project, String author, Instant at) {
        return read(file, project.data(), ProjectIdentity.of(project.report()), author, at);
    }

    /**
     * Reads {@code file} (by its content: xlsx, or .csv by name) and merges it into {@code existing}. A returned
     * template is read without checking which project it was exported from: prefer {@link #read(Path, Project,
     * String, Instant)}.
     */
    public static Result read(Path file, DataSet existing, String author, Instant at) {
        return read(file, existing, null, author, at);
    }

    private static Result read(Path file, DataSet existing, ProjectIdentity project, String author, Instant at) {
        Objects.requireNonNull(existing, "existing");
        String fileName = file.getFileName().toString();
        DataSheet.CodeResolver codes = DataMerge.resolver(existing);
        DataSet incoming;
        java.util.Set<org.esgstudio.data.DataColumn> given;
        if (isCsv(file)) {
            List<CsvText.Record> records = CsvText.parse(fileName, readUtf8(file));
            given = records.isEmpty() ? java.util.Set.of() : DataSheet.columns(records.get(0));
            incoming = DataSheet.read(new DataSheet.Source(fileName, fileName, ""), records, author, at, codes);
        } else {
            DataWorkbook.Contents book = DataWorkbook.read(file);
            if (ReturnedTemplate.isTemplate(book)) {
                DataSet filled = ReturnedTemplate.read(book, existing, project == null ? null : project.company(),
                        project == null ? 0 : project.reportYear(), author, at);
                return result(fileName, existing, filled, java.util.Set.of());
            }
            given = book.data().rows().isEmpty() ? java.util.Set.of() : DataSheet.columns(book.data().rows().get(0));
            String sheet = book.data().name();
            DataSet data = DataSheet.read(new DataSheet.Source(fileName + " › " + sheet, fileName, sheet),
                    book.data().rows(), author, at, codes);
            List<Rule> rules = List.of();
            if (book.rules().isPresent()) {
                DataWorkbook.Sheet rulesSheet = book.rules().get();
                rules = RulesCsv.read(fileName + " › " + rulesSheet.name(), rulesSheet.rows(),
                        DataMerge.merge(existing, data));
            }
            incoming = new DataSet(data.indicators(), data.values(), rules);
        }
        return result(fileName, existing, incoming, given);
    }

    private static Result result(String fileName, DataSet existing, DataSet incoming,
                                 java.util.Set<org.esgstudio.data.DataColumn> given) {
        DataSet merged = DataMerge.merge(existing, incoming, given);
        List<Integer> changes = DataMerge.changes(existing, merged);
        int rulesChanged = 0;
        for (Rule rule : merged.rules()) {
            if (!existing.rules().contains(rule)) {
                rulesChanged++;
            }
        }
        return new Result(fileName, incoming, merged, changes.get(0), changes.get(1), rulesChanged);
    }

    /** The project a returned template must come from: its company and reporting year. */
    private record ProjectIdentity(String company, int reportYear) {
        static ProjectIdentity of(Report report) {
            return new ProjectIdentity(ReturnedTemplate.company(report), report.settings().year());
        }
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** A data.csv as UTF-8 (with or without BOM); another encoding (Excel's GBK "CSV") is named, not garbled. */
    private static String readUtf8(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw Files.exists(file) ? new UserFacingException("project.notAFile", file)
                        : new UserFacingException("workbook.missing", file);
            }
            if (Files.size(file) > DataWorkbook.MAX_BYTES) {
                throw new UserFacingException("file.tooLarge", file, DataWorkbook.MAX_BYTES / (1024 * 1024));
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "file.notUtf8", file);
        } catch (IOException e) {
            throw new UserFacingException(e, "file.unreadable", file, e.getMessage());
        }
    }
}
