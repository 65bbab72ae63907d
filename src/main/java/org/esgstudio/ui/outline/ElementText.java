package org.esgstudio.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.esgstudio.model.Block;
import org.esgstudio.model.BlockLabels;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Heading;
import org.esgstudio.model.InlineMarkup;
import org.esgstudio.model.Language;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Location;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.Section;

/** The readable Chinese and English text of one element of the report, shown beside the outline. */
public record ElementText(String title, String location, String zh, String en) {

    public static Optional<ElementText> of(Report report, String id) {
        List<ElementText> found = new ArrayList<>();
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                if (part.id().equals(id)) {
                    found.add(new ElementText(part.title().zh(), location.path(), joined(part.blocks(), Language.ZH),
                            joined(part.blocks(), Language.EN)));
                }
            }

            @Override
            public void chapter(Chapter chapter, String number, Location location) {
                if (chapter.id().equals(id)) {
                    found.add(new ElementText(chapter.title().zh(), location.path(), chapter.intro().zh(),
                            chapter.intro().en()));
                }
            }

            @Override
            public void section(Chapter chapter, Section section, String number, Location location) {
                if (section.id().equals(id)) {
                    found.add(new ElementText(section.title().zh(), location.path(),
                            joined(section.blocks(), Language.ZH), joined(section.blocks(), Language.EN)));
                }
            }

            @Override
            public void block(Block block, Location location) {
                if (block.id().equals(id)) {
                    found.add(new ElementText(BlockLabels.label(block), location.path(), text(block, Language.ZH),
                            text(block, Language.EN)));
                }
            }
        });
        return found.stream().findFirst();
    }

    private static String joined(List<Block> blocks, Language language) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            String text = text(block, language);
            if (!text.isBlank()) {
                out.append(text).append("\n\n");
            }
        }
        return out.toString().strip();
    }

    static String text(Block block, Language language) {
        if (block instanceof Paragraph p) {
            return plain(p.text(), language);
        } else if (block instanceof Heading h) {
            return h.text().in(language);
        } else if (block instanceof BulletList l) {
            StringBuilder out = new StringBuilder();
            l.items().forEach(item -> out.append("• ").append(plain(item, language)).append('\n'));
            return out.toString().strip();
        } else if (block instanceof CaseStudy c) {
            return (c.title().in(language) + "\n\n" + joined(c.body(), language)).strip();
        }
        return BlockLabels.excerpt(block);
    }

    private static String plain(LocalizedText text, Language language) {
        try {
            return InlineMarkup.plainText(text.in(language), ref -> "〔" + ref.indicator() + "〕");
        } catch (IllegalArgumentException malformed) {
            return text.in(language);
        }
    }
}
