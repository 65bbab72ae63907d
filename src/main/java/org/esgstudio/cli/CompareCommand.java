package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.JsonText;
import org.esgstudio.office.changes.ChangeReportDocx;
import org.esgstudio.review.compare.BlockChange;
import org.esgstudio.review.compare.ChangeReport;
import org.esgstudio.review.compare.ComparedState;
import org.esgstudio.review.compare.Comparison;
import org.esgstudio.review.compare.FieldChange;
import org.esgstudio.review.compare.FigureChange;
import org.esgstudio.review.compare.NodeKinds;
import org.esgstudio.review.compare.ValueChange;
import org.esgstudio.store.ChangeReports;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare FILE.esg FROM [TO] [-o REPORT.docx] [--json]}: what changed from one state to another (version
 * names, or {@code current}; TO defaults to current): the counts, every changed block with its changed text, every
 * changed value and figure; with {@code -o}, the Word change report as well. Exit 0 whether or not anything changed
 * (differences are what was asked for), 2 for an unknown version or bad usage, with nothing written.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "version.cli.file")
    Path file;

    @Parameters(index = "1", paramLabel = "FROM", descriptionKey = "version.cli.from")
    String from;

    @Parameters(index = "2", paramLabel = "TO", arity = "0..1", defaultValue = ProjectFile.CURRENT_STATE,
            descriptionKey = "version.cli.to")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT.docx", descriptionKey = "version.cli.output")
    Path output;

    @Option(names = "--json", descriptionKey = "version.cli.json")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (output != null && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("version.cli.docxOnly", output));
        }
        ChangeReport report;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            report = ChangeReports.between(projectFile, from, to);
        }
        if (output != null) {
            ChangeReportDocx.write(report, Instant.now(), output);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.compactWithNulls(json(report)));
        } else {
            print(out, report);
            if (output != null) {
                out.println(Messages.get("version.cli.written", output));
            }
        }
        return Cli.OK;
    }

    private void print(PrintWriter out, ChangeReport report) {
        out.println(Messages.get("version.cli.heading", file, state(report.from()), state(report.to())));
        Comparison comparison = report.comparison();
        if (comparison.isEmpty()) {
            out.println(Messages.get("version.report.nothing"));
            return;
        }
        Comparison.Counts counts = comparison.counts();
        out.println(Messages.get("version.summary.blocks", counts.blocksAdded(), counts.blocksRemoved(),
                counts.blocksChanged(), counts.blocksMoved()));
        out.println(Messages.get("version.summary.values", counts.valuesAdded(), counts.valuesRemoved(),
                counts.valuesChanged()));
        out.println(Messages.get("version.summary.figures", counts.figuresAdded(), counts.figuresRemoved(),
                counts.figuresChanged()));
        for (BlockChange block : comparison.blocks()) {
            out.println(Messages.get("version.cli.block", Messages.get("version.change." + block.change()),
                    NodeKinds.name(block.kind()), block.id(), block.location()));
            if (block.moved()) {
                out.println("    " + Messages.get("version.report.movedFrom", block.previousLocation()));
            }
            for (FieldChange field : block.fields()) {
                out.println("    " + Messages.get("version.cli.field", field.label(), ChangeText.of(field.diff())));
            }
        }
        for (ValueChange value : comparison.values()) {
            out.println(Messages.get("version.cli.value", Messages.get("version.change." + value.change()),
                    value.key(), value.indicator(), arrowSide(value.before(), value.unitBefore()),
                    arrowSide(value.after(), value.unitAfter())));
        }
        for (FigureChange figure : comparison.figures()) {
            out.println(Messages.get("version.cli.figure", Messages.get("version.change." + figure.change()),
                    figure.blockId(), arrowSide(figure.before(), ""), arrowSide(figure.after(), ""),
                    figure.indicator() == null ? "" : " (" + figure.indicator() + ")"));
        }
    }

    private static String arrowSide(String value, String unit) {
        return value.isEmpty() ? "—" : unit.isEmpty() ? value : value + " " + unit;
    }

    private static String state(ComparedState state) {
        String name = state.current() ? Messages.get("version.report.currentState", state.name()) : state.name();
        return Messages.get("version.cli.state", name, state.author(), state.at() == null ? "" : state.at().toString());
    }

    private static Map<String, Object> json(ChangeReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", json(report.from()));
        root.put("to", json(report.to()));
        Comparison.Counts counts = report.comparison().counts();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("blocksAdded", counts.blocksAdded());
        summary.put("blocksRemoved", counts.blocksRemoved());
        summary.put("blocksChanged", counts.blocksChanged());
        summary.put("blocksMoved", counts.blocksMoved());
        summary.put("valuesAdded", counts.valuesAdded());
        summary.put("valuesRemoved", counts.valuesRemoved());
        summary.put("valuesChanged", counts.valuesChanged());
        summary.put("figuresAdded", counts.figuresAdded());
        summary.put("figuresRemoved", counts.figuresRemoved());
        summary.put("figuresChanged", counts.figuresChanged());
        root.put("summary", summary);
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (BlockChange block : report.comparison().blocks()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", block.id());
            entry.put("kind", block.kind());
            entry.put("change", lower(block.change()));
            entry.put("moved", block.moved());
            entry.put("chapterId", block.chapterId());
            entry.put("chapter", block.chapterTitle());
            entry.put("location", block.location());
            entry.put("previousLocation", block.previousLocation());
            List<Map<String, Object>> fields = new ArrayList<>();
            for (FieldChange field : block.fields()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("key", field.key());
                f.put("label", field.label());
                f.put("language", field.language());
                f.put("before", field.before());
                f.put("after", field.after());
                fields.add(f);
            }
            entry.put("fields", fields);
            blocks.add(entry);
        }
        root.put("blocks", blocks);
        List<Map<String, Object>> values = new ArrayList<>();
        for (ValueChange value : report.comparison().values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("indicator", value.code());
            entry.put("name", value.indicator());
            entry.put("year", value.year());
            entry.put("change", lower(value.change()));
            entry.put("before", value.before());
            entry.put("unitBefore", value.unitBefore());
            entry.put("after", value.after());
            entry.put("unitAfter", value.unitAfter());
            values.add(entry);
        }
        root.put("values", values);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (FigureChange figure : report.comparison().figures()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("blockId", figure.blockId());
            entry.put("location", figure.location());
            entry.put("change", lower(figure.change()));
            entry.put("before", figure.before());
            entry.put("after", figure.after());
            entry.put("indicator", figure.indicator());
            figures.add(entry);
        }
        root.put("figures", figures);
        return root;
    }

    private static Map<String, Object> json(ComparedState state) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", state.current() ? ProjectFile.CURRENT_STATE : state.name());
        entry.put("current", state.current());
        entry.put("author", state.author());
        entry.put("at", state.at() == null ? null : state.at().toString());
        return entry;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
