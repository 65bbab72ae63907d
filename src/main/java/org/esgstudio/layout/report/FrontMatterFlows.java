package org.esgstudio.layout.report;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.layout.flow.Flowable;
import org.esgstudio.layout.flow.ParagraphFlow;
import org.esgstudio.layout.flow.SpaceFlow;
import org.esgstudio.layout.flow.TableCell;
import org.esgstudio.layout.flow.TableFlow;
import org.esgstudio.layout.flow.TableRow;
import org.esgstudio.layout.text.Alignment;
import org.esgstudio.layout.text.LaidLine;
import org.esgstudio.layout.text.Span;
import org.esgstudio.model.Contact;
import org.esgstudio.model.FrontPart;
import org.esgstudio.model.Highlights;
import org.esgstudio.model.InfoSection;
import org.esgstudio.model.Language;
import org.esgstudio.model.Letter;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Materiality;
import org.esgstudio.model.Profile;
import org.esgstudio.model.ReportInfo;
import org.esgstudio.model.StakeholderRow;
import org.esgstudio.model.Stakeholders;
import org.esgstudio.model.TileGroup;
import org.esgstudio.model.Timeline;

/** The content of each front-matter part (its title is set by the caller). */
public final class FrontMatterFlows {
    private FrontMatterFlows() {
    }

    public static List<Flowable> of(Column column, FrontPart part) {
        String where = part.title().zh();
        if (part instanceof ReportInfo info) {
            return reportInfo(column, info, where);
        } else if (part instanceof Letter letter) {
            return letter(column, letter, where);
        } else if (part instanceof Highlights highlights) {
            return highlights(column, highlights, where);
        } else if (part instanceof Timeline timeline) {
            return TimelineFlows.timeline(column, timeline, where);
        } else if (part instanceof Profile profile) {
            return BlockFlows.of(column, profile.body(), where);
        } else if (part instanceof Materiality materiality) {
            return MaterialityFlows.materiality(column, materiality, where);
        } else {
            return stakeholders(column, (Stakeholders) part, where);
        }
    }

    private static List<Flowable> reportInfo(Column column, ReportInfo info, String where) {
        List<Flowable> flows = new ArrayList<>();
        for (InfoSection section : info.sections()) {
            flows.addAll(TextFlows.heading(column, new org.esgstudio.model.Heading("info", 1, section.heading()), where));
            flows.addAll(TextFlows.paragraph(column, section.text(), Role.BODY, where));
        }
        if (info.contact() != null) {
            flows.addAll(contact(column, info.contact(), where));
        }
        return flows;
    }

    /** Contact details as label–value lines. */
    static List<Flowable> contact(Column column, Contact contact, String where) {
        boolean english = column.primary() == Language.EN;
        List<Flowable> flows = new ArrayList<>();
        flows.addAll(TextFlows.heading(column, new org.esgstudio.model.Heading("contact", 1,
                LocalizedText.of("联系我们", "Contact us")), where));
        line(column, flows, english ? "Address" : "地址", contact.address().in(column.primary()).isEmpty()
                ? contact.address().zh() : contact.address().in(column.primary()));
        line(column, flows, english ? "Postcode" : "邮编", contact.postcode());
        line(column, flows, english ? "Telephone" : "电话", contact.phone());
        line(column, flows, english ? "E-mail" : "邮箱", contact.email());
        line(column, flows, english ? "Website" : "网址", contact.website());
        return flows;
    }

    private static void line(Column column, List<Flowable> flows, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Language language = column.primary();
        List<Span> spans = new ArrayList<>(column.text().plain(label + (language == Language.EN ? ": " : "："),
                Role.BODY_BOLD, language));
        spans.addAll(column.text().plain(value, Role.BODY, language));
        double lineHeight = column.styles().lineHeight(Role.BODY);
        flows.add(new ParagraphFlow(column.typesetter().lines(spans, column.width(), 0, Alignment.LEFT, lineHeight),
                lineHeight, 0, 0));
    }

    private static List<Flowable> letter(Column column, Letter letter, String where) {
        List<Flowable> flows = new ArrayList<>(BlockFlows.of(column, letter.body(), where));
        flows.add(new SpaceFlow(16));
        for (Language language : column.languages()) {
            for (LocalizedText line : List.of(letter.signatory(), letter.signatoryName())) {
                if (line.isEmpty() || !column.sets(line, language, where)) {
                    continue;
                }
                Role role = column.secondaryRole(Role.BODY_BOLD, language);
                double lineHeight = column.styles().lineHeight(Role.BODY);
                List<LaidLine> lines = column.typesetter().lines(column.text().plain(line, role, language, where),
                        column.width(), 0, Alignment.RIGHT, lineHeight);
                flows.add(new ParagraphFlow(lines, lineHeight, 0, 0));
            }
        }
        return flows;
    }

    private static List<Flowable> highlights(Column column, Highlights highlights, String where) {
        List<Flowable> flows = new ArrayList<>();
        for (TileGroup group : highlights.groups()) {
            flows.addAll(TextFlows.heading(column, new org.esgstudio.model.Heading(group.id(), 1, group.name()), where));
            flows.addAll(FigureFlows.tiles(column, group.tiles(), group.tiles().size() >= 4 ? 4 : 3, where, true));
        }
        return flows;
    }

    private static List<Flowable> stakeholders(Column column, Stakeholders part, String where) {
        List<Flowable> flows = new ArrayList<>(BlockFlows.of(column, part.intro(), where));
        boolean english = column.primary() == Language.EN;
        double[] widths = {column.width() * 0.2, column.width() * 0.4, column.width() * 0.4};
        List<TableCell> head = new ArrayList<>();
        String[] titles = english ? new String[] {"Stakeholders", "Expectations", "How we engage"}
                : new String[] {"利益相关方", "期望与诉求", "沟通与回应方式"};
        for (int k = 0; k < 3; k++) {
            head.add(TableFlows.cell(column, column.text().plain(titles[k], Role.TABLE_HEAD, column.primary()), widths[k],
                    Role.TABLE_HEAD));
        }
        List<TableRow> body = new ArrayList<>();
        int index = 0;
        for (StakeholderRow row : part.rows()) {
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableFlows.bilingualCell(column, row.group(), widths[0], Role.TABLE_BOLD, where));
            cells.add(bullets(column, row.expectations(), widths[1], where));
            cells.add(bullets(column, row.channels(), widths[2], where));
            body.add(new TableRow(cells, index++ % 2 == 1 ? column.styles().colors().zebra() : null, false, List.of()));
        }
        flows.add(new TableFlow(widths, List.of(new TableRow(head, column.styles().colors().primary(), true, List.of())),
                body, TableFlows.style(column), List.of(), 0));
        return flows;
    }

    private static TableCell bullets(Column column, List<LocalizedText> items, double width, String where) {
        double lineHeight = column.styles().lineHeight(Role.TABLE);
        List<LaidLine> lines = new ArrayList<>();
        for (LocalizedText item : items) {
            for (Language language : column.languages()) {
                if (!column.sets(item, language, where)) {
                    continue;
                }
                Role role = column.secondaryRole(Role.TABLE, language);
                List<Span> spans = new ArrayList<>(column.text().plain("· ", role, language));
                spans.addAll(column.text().plain(item, role, language, where));
                lines.addAll(column.typesetter().lines(spans, width - 10, 0, Alignment.LEFT, lineHeight));
            }
        }
        return new TableCell(lines, lineHeight, 1, 0);
    }
}
