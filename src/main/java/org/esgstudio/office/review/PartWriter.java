package org.esgstudio.office.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.esgstudio.model.Appendix;
import org.esgstudio.model.Contact;
import org.esgstudio.model.ContentIndex;
import org.esgstudio.model.FeedbackForm;
import org.esgstudio.model.Highlights;
import org.esgstudio.model.IndexRow;
import org.esgstudio.model.InfoSection;
import org.esgstudio.model.KpiGroup;
import org.esgstudio.model.KpiSection;
import org.esgstudio.model.KpiTable;
import org.esgstudio.model.Letter;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.MaterialTopic;
import org.esgstudio.model.Materiality;
import org.esgstudio.model.MaterialityStep;
import org.esgstudio.model.Part;
import org.esgstudio.model.Profile;
import org.esgstudio.model.Question;
import org.esgstudio.model.QuestionKind;
import org.esgstudio.model.StakeholderRow;
import org.esgstudio.model.Stakeholders;
import org.esgstudio.model.TileGroup;
import org.esgstudio.model.Timeline;
import org.esgstudio.model.TimelineEntry;
import org.esgstudio.model.ReportInfo;

/**
 * Writes the front and back matter, each part under a Heading 1: report information, the letter, highlights and the
 * KPI table as tables of the store's values, the timeline, materiality and stakeholder tables, the content index and
 * the feedback form as readable text.
 */
final class PartWriter {
    private final ReviewContext context;
    private final BlockWriter blocks;
    private final Tables tables;
    private final Map<String, String> placeTitles;

    PartWriter(ReviewContext context, BlockWriter blocks, Map<String, String> placeTitles) {
        this.context = context;
        this.blocks = blocks;
        this.tables = blocks.tables();
        this.placeTitles = placeTitles;
    }

    void part(Body body, Part part) {
        context.open(part.id());
        context.plain(context.paragraph(body, WordStyles.heading(1)), context.pick(part.title()), RunWriter.Look.PLAIN);
        if (part instanceof ReportInfo info) {
            for (InfoSection section : info.sections()) {
                context.plain(context.paragraph(body, WordStyles.heading(2)), context.pick(section.heading()),
                        RunWriter.Look.PLAIN);
                context.prose(context.paragraph(body, WordStyles.BODY), section.text(), null, RunWriter.Look.PLAIN, false);
            }
            contact(body, info.contact());
        } else if (part instanceof Letter letter) {
            blocks.blocks(body, letter.blocks(), false);
            for (LocalizedText line : List.of(letter.signatory(), letter.signatoryName())) {
                if (!line.isEmpty()) {
                    XWPFParagraph paragraph = context.paragraph(body, WordStyles.NORMAL);
                    paragraph.setAlignment(ParagraphAlignment.RIGHT);
                    context.plain(paragraph, context.pick(line), RunWriter.Look.PLAIN);
                }
            }
        } else if (part instanceof Highlights highlights) {
            for (TileGroup group : highlights.groups()) {
                context.plain(context.paragraph(body, WordStyles.heading(2)), context.pick(group.name()),
                        RunWriter.Look.PLAIN);
                blocks.tiles(body, group.tiles());
            }
        } else if (part instanceof Timeline timeline) {
            timeline(body, timeline);
        } else if (part instanceof Profile profile) {
            blocks.blocks(body, profile.blocks(), false);
        } else if (part instanceof Materiality materiality) {
            materiality(body, materiality);
        } else if (part instanceof Stakeholders stakeholders) {
            stakeholders(body, stakeholders);
        } else if (part instanceof KpiTable kpi) {
            kpi(body, kpi);
        } else if (part instanceof ContentIndex index) {
            contentIndex(body, index);
        } else if (part instanceof Appendix appendix) {
            blocks.blocks(body, appendix.blocks(), false);
        } else if (part instanceof FeedbackForm form) {
            feedback(body, form);
        }
        context.close(body, context.pick(part.title()));
    }

    private void timeline(Body body, Timeline timeline) {
        XWPFTable table = tables.table(body, List.of(context.text("docx.export.date"), context.text("docx.export.event")),
                new int[] {1, 5});
        for (TimelineEntry entry : timeline.entries()) {
            XWPFTableRow row = tables.row(table);
            String date = entry.day() == null ? context.text("docx.export.month", entry.month())
                    : context.text("docx.export.monthDay", entry.month(), entry.day());
            context.plain(tables.cell(row, 0, false), date, RunWriter.Look.BOLD);
            context.prose(tables.cell(row, 1, false), entry.text(), null, RunWriter.Look.PLAIN, false);
        }
        context.spacer(body);
    }

    private void materiality(Body body, Materiality materiality) {
        blocks.blocks(body, materiality.blocks(), false);
        int number = 0;
        for (MaterialityStep step : materiality.steps()) {
            number++;
            XWPFParagraph paragraph = context.paragraph(body, WordStyles.LIST);
            paragraph.setIndentationHanging(420);
            context.runs.write(paragraph, number + ".\t", List.of(new Piece.Text(context.pick(step.name()), true)),
                    List.of(), RunWriter.Look.PLAIN, false);
            context.plain(paragraph, (context.english() ? ": " : "：") + context.pick(step.description()),
                    RunWriter.Look.PLAIN);
        }
        if (materiality.topics().isEmpty()) {
            return;
        }
        XWPFTable table = tables.table(body, List.of(context.text("docx.export.topic"),
                context.text("docx.export.category"), context.pick(materiality.xAxis()),
                context.pick(materiality.yAxis()), context.text("docx.export.tier")), new int[] {5, 2, 3, 3, 2});
        for (MaterialTopic topic : materiality.topics()) {
            XWPFTableRow row = tables.row(table);
            String name = context.pick(topic.name()) + (topic.newThisYear() ? context.text("docx.export.newTopic") : "");
            context.plain(tables.cell(row, 0, false), name, RunWriter.Look.PLAIN);
            context.plain(tables.cell(row, 1, false), context.text("docx.export.esg." + topic.category()),
                    RunWriter.Look.PLAIN);
            context.plain(tables.cell(row, 2, true), score(topic.companyScore()), RunWriter.Look.PLAIN);
            context.plain(tables.cell(row, 3, true), score(topic.stakeholderScore()), RunWriter.Look.PLAIN);
            context.plain(tables.cell(row, 4, false), context.text("docx.export.tier." + topic.tier()),
                    RunWriter.Look.PLAIN);
        }
        context.spacer(body);
    }

    private static String score(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private void stakeholders(Body body, Stakeholders stakeholders) {
        blocks.blocks(body, stakeholders.blocks(), false);
        XWPFTable table = tables.table(body, List.of(context.text("docx.export.stakeholder"),
                context.text("docx.export.expectations"), context.text("docx.export.channels")), new int[] {2, 4, 4});
        String separator = context.english() ? "; " : "；";
        for (StakeholderRow stakeholder : stakeholders.rows()) {
            XWPFTableRow row = tables.row(table);
            context.plain(tables.cell(row, 0, false), context.pick(stakeholder.group()), RunWriter.Look.BOLD);
            context.plain(tables.cell(row, 1, false), join(stakeholder.expectations(), separator), RunWriter.Look.PLAIN);
            context.plain(tables.cell(row, 2, false), join(stakeholder.channels(), separator), RunWriter.Look.PLAIN);
        }
        context.spacer(body);
    }

    private String join(List<LocalizedText> texts, String separator) {
        List<String> picked = new ArrayList<>();
        texts.forEach(text -> picked.add(context.pick(text)));
        return String.join(separator, picked);
    }

    /** The KPI table: a shaded band per section, a bold band per labelled group, then its rows (indented). */
    private void kpi(Body body, KpiTable kpi) {
        XWPFTable table = tables.indicatorTable(body, kpi.years());
        for (KpiSection section : kpi.sections()) {
            XWPFParagraph band = tables.band(table, Tables.BAND_FILL);
            context.plain(band, context.pick(section.name()), RunWriter.Look.BOLD);
            context.footnotes.references(band, section.notes());
            for (KpiGroup group : section.groups()) {
                boolean labelled = !group.label().isEmpty();
                if (labelled) {
                    XWPFParagraph label = tables.band(table, null);
                    context.plain(label, context.pick(group.label()), RunWriter.Look.BOLD);
                    context.footnotes.references(label, group.notes());
                }
                group.rows().forEach(row -> tables.indicatorRow(table, row, kpi.years(), labelled));
            }
        }
        context.spacer(body);
    }

    /** An omission in one cell: the reason, the requirements omitted and the explanation. */
    private String omission(IndexRow row) {
        String key = "index.reason." + row.reason();
        String reason = org.esgstudio.i18n.Messages.bundle(context.locale).containsKey(key)
                ? org.esgstudio.i18n.Messages.format(context.locale, key) : row.reason();
        StringBuilder text = new StringBuilder(org.esgstudio.i18n.Messages.format(context.locale, "index.omitted", reason));
        if (!row.requirement().isEmpty()) {
            text.append(org.esgstudio.i18n.Messages.format(context.locale, "index.omittedRequirement", row.requirement()));
        }
        if (!row.omission().isEmpty()) {
            text.append(context.english() ? " " : "").append(context.pick(row.omission()));
        }
        return text.toString();
    }

    private void contentIndex(Body body, ContentIndex index) {
        if (!index.statement().isEmpty()) {
            context.prose(context.paragraph(body, WordStyles.BODY), index.statement(), null, RunWriter.Look.PLAIN, false);
        }
        XWPFTable table = tables.table(body, List.of(context.text("docx.export.disclosure"),
                context.text("docx.export.disclosureTitle"), context.text("docx.export.location")), new int[] {2, 5, 5});
        LocalizedText group = LocalizedText.EMPTY;
        for (IndexRow indexRow : index.rows()) {
            if (!indexRow.group().isEmpty() && !indexRow.group().equals(group)) {
                group = indexRow.group();
                XWPFTableRow band = tables.row(table);
                context.plain(tables.cell(band, 0, false), context.pick(group), RunWriter.Look.BOLD);
            }
            XWPFTableRow row = tables.row(table);
            context.plain(tables.cell(row, 0, false), indexRow.code(), RunWriter.Look.BOLD);
            context.plain(tables.cell(row, 1, false), context.pick(indexRow.title()), RunWriter.Look.PLAIN);
            List<String> places = new ArrayList<>();
            indexRow.sections().forEach(id -> {
                String title = placeTitles.getOrDefault(id, id);
                if (!places.contains(title)) {
                    places.add(title);
                }
            });
            String location = !places.isEmpty() ? String.join(context.english() ? "; " : "；", places)
                    : !indexRow.reason().isEmpty() ? omission(indexRow)
                    : !indexRow.omission().isEmpty() ? context.pick(indexRow.omission()) : "—";
            context.plain(tables.cell(row, 2, false), location, RunWriter.Look.PLAIN);
        }
        context.spacer(body);
    }

    private void feedback(Body body, FeedbackForm form) {
        if (!form.intro().isEmpty()) {
            context.prose(context.paragraph(body, WordStyles.BODY), form.intro(), null, RunWriter.Look.PLAIN, false);
        }
        int number = 0;
        for (Question question : form.questions()) {
            number++;
            XWPFParagraph paragraph = context.paragraph(body, WordStyles.NORMAL);
            paragraph.setKeepNext(true);
            context.plain(paragraph, number + ". " + context.pick(question.text()), RunWriter.Look.BOLD);
            XWPFParagraph answer = context.paragraph(body, WordStyles.LIST);
            if (question.kind() == QuestionKind.CHOICE) {
                List<String> options = new ArrayList<>();
                question.options().forEach(option -> options.add("□ " + context.pick(option)));
                context.plain(answer, String.join("    ", options), RunWriter.Look.PLAIN);
            } else {
                context.plain(answer, "____________________________________________", RunWriter.Look.PLAIN);
            }
        }
        contact(body, form.contact());
    }

    private void contact(Body body, Contact contact) {
        if (contact == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        String address = context.pick(contact.address());
        if (!address.isBlank()) {
            lines.add(context.text("docx.export.address", address));
        }
        if (contact.postcode() != null && !contact.postcode().isBlank()) {
            lines.add(context.text("docx.export.postcode", contact.postcode()));
        }
        if (contact.phone() != null && !contact.phone().isBlank()) {
            lines.add(context.text("docx.export.phone", contact.phone()));
        }
        if (contact.email() != null && !contact.email().isBlank()) {
            lines.add(context.text("docx.export.email", contact.email()));
        }
        if (contact.website() != null && !contact.website().isBlank()) {
            lines.add(context.text("docx.export.website", contact.website()));
        }
        for (String line : lines) {
            context.plain(context.paragraph(body, WordStyles.NORMAL), line, RunWriter.Look.PLAIN);
        }
    }
}
