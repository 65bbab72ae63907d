package org.esgstudio.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks what the types alone cannot: unique ids, well-formed inline marks, references that resolve. */
public final class ReportIntegrity {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ReportIntegrity() {
    }

    public static List<IntegrityProblem> check(Report report) {
        List<IntegrityProblem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> sectionIds = new HashSet<>();
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                id(part.id(), location.path());
                for (String sub : ElementIds.of(part)) {
                    id(sub, location.path());
                }
            }

            @Override
            public void chapter(Chapter chapter, String number, Location location) {
                id(chapter.id(), location.path());
            }

            @Override
            public void section(Chapter chapter, Section section, String number, Location location) {
                id(section.id(), location.path());
                sectionIds.add(section.id());
            }

            @Override
            public void block(Block block, Location location) {
                id(block.id(), location.path());
                for (String sub : ElementIds.of(block)) {
                    id(sub, location.path());
                }
                markup(block, location, problems);
            }

            @Override
            public void footnote(Footnote footnote, Location location) {
                id(footnote.id(), location.path());
            }

            private void id(String id, String where) {
                if (!ID.matcher(id).matches()) {
                    problems.add(new IntegrityProblem(where, "integrity.badId", id));
                }
                String earlier = seen.putIfAbsent(id, where);
                if (earlier != null) {
                    problems.add(new IntegrityProblem(where, "integrity.duplicateId", id, earlier));
                }
            }
        });
        for (BackPart part : report.back()) {
            if (part instanceof ContentIndex index) {
                for (IndexRow row : index.rows()) {
                    for (String section : row.sections()) {
                        if (!sectionIds.contains(section)) {
                            problems.add(new IntegrityProblem(index.title().zh() + " › " + row.code(),
                                    "integrity.unknownSection", section));
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static void markup(Block block, Location location, List<IntegrityProblem> problems) {
        List<LocalizedText> texts;
        List<Footnote> notes;
        if (block instanceof Paragraph p) {
            texts = List.of(p.text());
            notes = p.notes();
        } else if (block instanceof BulletList l) {
            texts = l.items();
            notes = l.notes();
        } else {
            return;
        }
        Set<String> noteIds = new HashSet<>();
        notes.forEach(note -> noteIds.add(note.id()));
        for (LocalizedText text : texts) {
            for (Language language : Language.values()) {
                try {
                    for (Inline run : InlineMarkup.parse(text.in(language))) {
                        if (run instanceof Inline.FootnoteRef ref && !noteIds.contains(ref.footnoteId())) {
                            problems.add(new IntegrityProblem(location.path(), "integrity.unknownFootnote",
                                    ref.footnoteId()));
                        }
                    }
                } catch (InlineMarkup.MarkupException malformed) {
                    String lang = language.name().toLowerCase(java.util.Locale.ROOT);
                    if (malformed.key() == null) {
                        problems.add(new IntegrityProblem(location.path(), "integrity.badMarkup", lang,
                                malformed.getMessage()));
                    } else {
                        Object[] args = new Object[malformed.args().length + 2];
                        args[0] = lang;
                        args[1] = malformed.offset() + 1;
                        System.arraycopy(malformed.args(), 0, args, 2, malformed.args().length);
                        problems.add(new IntegrityProblem(location.path(), malformed.key(), args));
                    }
                }
            }
        }
    }
}
