package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chart;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Diagram;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Location;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.TextTable;

/** Where the report publishes an English edition, every block whose text has no English is listed (once per block). */
public final class TranslationCheck implements Check {
    @Override
    public List<Finding> check(ValidationInput input) {
        List<Finding> findings = new ArrayList<>();
        if (!input.report().settings().publishes(Language.EN)) {
            return findings;
        }
        ReportWalk.walk(input.report(), new ReportVisitor() {
            @Override
            public void block(Block block, Location location) {
                for (LocalizedText text : texts(block)) {
                    if (!text.zh().isBlank() && !text.hasEnglish()) {
                        String excerpt = text.zh().length() > 20 ? text.zh().substring(0, 20) + "…" : text.zh();
                        findings.add(new Finding(Severity.WARNING, FindingKind.TRANSLATION, null, null, excerpt, "",
                                "check.translation", new Object[] {excerpt}, location.path(), block.id()));
                        return;
                    }
                }
            }
        });
        return findings;
    }

    /** The texts of a block itself (a case study's body blocks are visited on their own). */
    static List<LocalizedText> texts(Block block) {
        if (block instanceof Paragraph p) {
            return List.of(p.text());
        } else if (block instanceof Heading h) {
            return List.of(h.text());
        } else if (block instanceof BulletList l) {
            return l.items();
        } else if (block instanceof CaseStudy c) {
            return List.of(c.title(), c.caption());
        } else if (block instanceof DataTable t) {
            return List.of(t.title());
        } else if (block instanceof TextTable t) {
            List<LocalizedText> all = new ArrayList<>(List.of(t.title()));
            all.addAll(t.columns());
            t.rows().forEach(row -> all.addAll(row.cells()));
            return all;
        } else if (block instanceof Image i) {
            return List.of(i.caption());
        } else if (block instanceof Chart c) {
            return List.of(c.title());
        } else if (block instanceof Diagram d) {
            List<LocalizedText> all = new ArrayList<>(List.of(d.title()));
            d.nodes().forEach(node -> {
                all.add(node.label());
                all.addAll(node.details());
            });
            return all;
        }
        return List.of();
    }
}
