package org.esgstudio.data;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.model.AssetNames;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chart;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Figure;
import org.esgstudio.model.Highlights;
import org.esgstudio.model.Image;
import org.esgstudio.model.Inline;
import org.esgstudio.model.InlineMarkup;
import org.esgstudio.model.IntegrityProblem;
import org.esgstudio.model.KpiTable;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Location;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Part;
import org.esgstudio.model.ReportIntegrity;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.TableRow;
import org.esgstudio.model.Callout;
import org.esgstudio.model.Tiles;

/** Checks that everything the report refers to exists: indicators (in text, tables, charts, tiles) and image assets. */
public final class ProjectReferences {
    private ProjectReferences() {
    }

    /** The report's own integrity problems plus every dangling reference into the data store or the assets. */
    public static List<IntegrityProblem> check(Project project) {
        List<IntegrityProblem> problems = new ArrayList<>(ReportIntegrity.check(project.report()));
        DataSet data = project.data();
        ReportWalk.walk(project.report(), new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                if (part instanceof Highlights highlights) {
                    highlights.groups().forEach(group -> group.tiles().forEach(tile -> figure(tile, location)));
                } else if (part instanceof KpiTable kpi) {
                    kpi.rows().forEach(row -> row(row, location));
                }
            }

            @Override
            public void block(Block block, Location location) {
                if (block instanceof Paragraph p) {
                    text(p.text(), location);
                } else if (block instanceof BulletList l) {
                    l.items().forEach(item -> text(item, location));
                } else if (block instanceof DataTable t) {
                    t.rows().forEach(row -> row(row, location));
                } else if (block instanceof Chart c) {
                    c.indicators().forEach(code -> code(code, location));
                } else if (block instanceof Tiles t) {
                    t.tiles().forEach(tile -> figure(tile, location));
                } else if (block instanceof Callout c) {
                    figure(c.figure(), location);
                } else if (block instanceof Image i) {
                    asset(i.asset(), location);
                } else if (block instanceof CaseStudy c && c.hasImage()) {
                    asset(c.image(), location);
                }
            }

            private void text(LocalizedText text, Location location) {
                for (Language language : Language.values()) {
                    try {
                        for (Inline run : InlineMarkup.parse(text.in(language))) {
                            if (run instanceof Inline.FigureRef ref) {
                                code(ref.indicator(), location);
                            }
                        }
                    } catch (InlineMarkup.MarkupException malformed) {
                        // reported by ReportIntegrity
                    }
                }
            }

            private void row(TableRow row, Location location) {
                code(row.indicator(), location);
            }

            private void figure(Figure figure, Location location) {
                if (figure.isBound()) {
                    code(figure.indicator(), location);
                }
            }

            private void code(String code, Location location) {
                if (!data.hasIndicator(code)) {
                    problems.add(new IntegrityProblem(location.path(), "integrity.unknownIndicator", code));
                }
            }

            private void asset(String name, Location location) {
                if (!AssetNames.isPlain(name)) {
                    problems.add(new IntegrityProblem(location.path(), "guard.integrity.assetNameNotPlain", name));
                } else if (project.asset(name).isEmpty()) {
                    problems.add(new IntegrityProblem(location.path(), "integrity.unknownAsset", name));
                }
            }
        });
        return problems;
    }

}
