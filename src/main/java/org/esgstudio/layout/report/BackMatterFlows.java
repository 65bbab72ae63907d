package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.esgstudio.layout.Box;
import org.esgstudio.layout.LineBox;
import org.esgstudio.layout.LinkBox;
import org.esgstudio.layout.RectBox;
import org.esgstudio.layout.flow.FixedFlow;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.ParagraphFlow;
import org.esgstudio.layout.flow.TableCell;
import org.esgstudio.layout.flow.TableFlow;
import org.esgstudio.layout.flow.TableRow;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.TextStyle;
import org.esgstudio.model.Appendix;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.FeedbackForm;
import org.esgstudio.model.IndexRow;
import org.esgstudio.model.KpiTable;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Question;
import org.esgstudio.model.QuestionKind;

/** The content of each back-matter part: KPI table, content indexes (with page numbers), appendices, feedback form. */
public final class BackMatterFlows {
    private BackMatterFlows() {
    }

    /**
     * @param sections section id → its printed number and title, for content-index locations
     * @param pages    anchor → page number (from the previous layout pass)
     */
    public static List<Flowable> of(Column column, BackPart part, Map<String, String> sections, Map<String, Integer> pages) {
        String where = part.title().zh();
        if (part instanceof KpiTable kpi) {
            return TableFlows.kpiTable(column, kpi, where);
        } else if (part instanceof ContentIndex index) {
            return contentIndex(column, index, sections, pages, where);
        } else if (part instanceof Appendix appendix) {
            return BlockFlows.of(column, appendix.body(), where);
        } else {
            return feedback(column, (FeedbackForm) part, where);
        }
    }

    /** A reason for omission as printed: GRI 1's reasons (and the guides' "not applicable") from the messages. */
    private static LocalizedText reason(String code) {
        String key = "index.reason." + code;
        if (!org.esgstudio.i18n.Messages.bundle(java.util.Locale.SIMPLIFIED_CHINESE).containsKey(key)) {
            return LocalizedText.of(code, code);
        }
        return LocalizedText.of(org.esgstudio.i18n.Messages.format(java.util.Locale.SIMPLIFIED_CHINESE, key),
                org.esgstudio.i18n.Messages.format(java.util.Locale.ENGLISH, key));
    }

    /**
     * A content index: the statement, then a table of disclosures (code, title, location, page), a band above each
     * standard or first-level indicator, and the omission columns (requirement, reason, explanation) when any row is
     * omitted with a reason. Locations are the titles of the sections (or parts) the rows name and the pages where the
     * named elements start, from the previous pass.
     */
    private static List<Flowable> contentIndex(Column column, ContentIndex index, Map<String, String> sections,
                                               Map<String, Integer> pages, String where) {
        List<Flowable> flows = new ArrayList<>(TextFlows.paragraph(column, index.statement(), Role.BODY, where));
        boolean english = column.primary() == Language.EN;
        boolean omissions = index.rows().stream().anyMatch(r -> !r.reason().isEmpty() || !r.requirement().isEmpty());
        double[] shares = omissions ? new double[] {0.12, 0.18, 0.18, 0.07, 0.15, 0.16, 0.14}
                : new double[] {0.12, 0.38, 0.38, 0.12};
        double[] widths = new double[shares.length];
        for (int k = 0; k < shares.length; k++) {
            widths[k] = column.width() * shares[k];
        }
        String[] heads = english
                ? new String[] {"Disclosure", "Title", "Location", "Page", "Requirements omitted", "Reason", "Explanation"}
                : new String[] {"披露项", "披露项标题", "报告位置", "页码", "省略的要求", "省略原因", "说明"};
        List<TableCell> head = new ArrayList<>();
        for (int k = 0; k < widths.length; k++) {
            head.add(TableFlows.cell(column, column.text().plain(heads[k], Role.TABLE_HEAD, column.primary()), widths[k],
                    Role.TABLE_HEAD));
        }
        List<TableRow> body = new ArrayList<>();
        int rowIndex = 0;
        LocalizedText group = LocalizedText.EMPTY;
        for (IndexRow row : index.rows()) {
            if (!row.group().isEmpty() && !row.group().equals(group)) {
                group = row.group();
                body.add(band(column, group, widths, where));
            }
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableFlows.cell(column, column.text().plain(row.code(), Role.TABLE_BOLD, column.primary()),
                    widths[0], Role.TABLE_BOLD));
            cells.add(TableFlows.bilingualCell(column, row.title(), widths[1], Role.TABLE, where));
            List<String> located = new ArrayList<>();
            List<String> pageNumbers = new ArrayList<>();
            for (String section : row.sections()) {
                String title = sections.getOrDefault(section, section);
                if (!located.contains(title)) {
                    located.add(title);
                }
                Integer page = pages.get(section);
                String number = page == null ? "—" : String.valueOf(page);
                if (!pageNumbers.contains(number)) {
                    pageNumbers.add(number);
                }
            }
            boolean statedApart = omissions && !row.reason().isEmpty();
            // Titles are already in the edition's language: one line of them, never a second language below.
            if (!located.isEmpty() || statedApart || row.omission().isEmpty()) {
                String places = located.isEmpty() ? "—" : String.join(english ? "; " : "；", located);
                cells.add(TableFlows.cell(column, column.text().plain(places, Role.TABLE, column.primary()), widths[2],
                        Role.TABLE));
            } else {
                cells.add(TableFlows.bilingualCell(column, row.omission(), widths[2], Role.TABLE, where));
            }
            cells.add(TableFlows.cell(column, column.text().plain(pageNumbers.isEmpty() ? "—"
                    : String.join(", ", pageNumbers), Role.TABLE, column.primary()), widths[3], Role.TABLE));
            if (omissions) {
                LocalizedText reason = row.reason().isEmpty() ? LocalizedText.EMPTY : reason(row.reason());
                cells.add(TableFlows.cell(column, column.text().plain(row.requirement(), Role.TABLE, column.primary()),
                        widths[4], Role.TABLE));
                cells.add(TableFlows.bilingualCell(column, reason, widths[5], Role.TABLE, where));
                cells.add(TableFlows.bilingualCell(column, statedApart ? row.omission() : LocalizedText.EMPTY, widths[6],
                        Role.TABLE, where));
            }
            body.add(new TableRow(cells, rowIndex++ % 2 == 1 ? column.styles().colors().zebra() : null, false, List.of()));
        }
        flows.add(new TableFlow(widths, List.of(new TableRow(head, column.styles().colors().primary(), true, List.of())),
                body, TableFlows.style(column), List.of(), 0));
        return flows;
    }

    /** A band across the index naming the standard or first-level indicator of the rows below it. */
    private static TableRow band(Column column, LocalizedText label, double[] widths, String where) {
        double total = 0;
        for (double width : widths) {
            total += width;
        }
        TableCell cell = TableFlows.bilingualCell(column, label, total, Role.TABLE_BOLD, where);
        return new TableRow(List.of(new TableCell(cell.lines(), cell.lineHeight(), widths.length, 0)),
                column.styles().colors().tint(), true, List.of());
    }

    private static List<Flowable> feedback(Column column, FeedbackForm form, String where) {
        List<Flowable> flows = new ArrayList<>(TextFlows.paragraph(column, form.intro(), Role.BODY, where));
        int number = 0;
        for (Question question : form.questions()) {
            number++;
            LocalizedText text = new LocalizedText(number + ". " + question.text().zh(),
                    question.text().en().isEmpty() ? "" : number + ". " + question.text().en());
            flows.addAll(TextFlows.heading(column, new org.esgstudio.model.Heading(question.id(), 1, text), where));
            if (question.kind() == QuestionKind.CHOICE) {
                StringBuilder options = new StringBuilder();
                for (LocalizedText option : question.options()) {
                    options.append("□ ").append(option.in(column.primary()).isEmpty() ? option.zh()
                            : option.in(column.primary())).append("      ");
                }
                double lineHeight = column.styles().lineHeight(Role.BODY);
                List<LaidLine> lines = column.typesetter().lines(column.text().plain(options.toString().strip(), Role.BODY,
                        column.primary()), column.width(), 0, Alignment.LEFT, lineHeight);
                flows.add(new ParagraphFlow(lines, lineHeight, 0, 4));
            } else {
                List<Box> rules = new ArrayList<>();
                for (int k = 1; k <= 3; k++) {
                    rules.add(LineBox.solid(0, k * 20, column.width(), k * 20, column.styles().colors().rule(), 0.5));
                }
                flows.add(new FixedFlow(rules, 64, 0, 4));
            }
        }
        if (form.contact() != null) {
            flows.addAll(FrontMatterFlows.contact(column, form.contact(), where));
        }
        return flows;
    }

    /** A table-of-contents line: title, dot leader, page number; the whole line links to the anchor. */
    public static Flowable tocLine(Column column, String title, String pageLabel, String anchor, Role role, double indent) {
        TextStyle style = column.style(role);
        double lineHeight = column.styles().lineHeight(role);
        List<Box> boxes = new ArrayList<>();
        double numberWidth = Labels.width(pageLabel, style);
        String fitted = Labels.fit(title, style, column.width() - indent - numberWidth - 30);
        double baseline = Labels.middleBaseline(style, lineHeight / 2);
        boxes.addAll(Labels.at(fitted, style, indent, baseline));
        double leaderStart = indent + Labels.width(fitted, style) + 6;
        double leaderEnd = column.width() - numberWidth - 6;
        if (leaderEnd > leaderStart) {
            boxes.add(new LineBox(leaderStart, baseline, leaderEnd, baseline, column.styles().colors().rule(), 0.8, 1.2));
        }
        boxes.addAll(Labels.right(pageLabel, style, column.width(), baseline));
        boxes.add(new LinkBox(0, 0, column.width(), lineHeight, anchor));
        if (role == Role.TOC_CHAPTER) {
            boxes.add(RectBox.filled(indent - 10, lineHeight * 0.3, 3, lineHeight * 0.4, column.styles().colors().accent()));
        }
        return new FixedFlow(boxes, lineHeight, role == Role.TOC_CHAPTER ? 6 : 0, 0);
    }
}
