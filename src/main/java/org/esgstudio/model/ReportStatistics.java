package org.esgstudio.model;

/** Counts a report's parts the way an editor reports progress (the CLI's {@code info}). */
public record ReportStatistics(int chapters, int features, int sections, int blocks, int caseStudies, int footnotes,
                               int hanCharacters, int textsMissingEnglish) {

    public static ReportStatistics of(Report report) {
        Counter counter = new Counter();
        ReportWalk.walk(report, counter);
        report.chapters().forEach(chapter -> counter.prose(chapter.intro()));
        for (FrontPart part : report.front()) {
            if (part instanceof ReportInfo info) {
                info.sections().forEach(section -> counter.prose(section.text()));
            } else if (part instanceof Timeline timeline) {
                timeline.entries().forEach(entry -> counter.prose(entry.text()));
            } else if (part instanceof Materiality materiality) {
                materiality.steps().forEach(step -> counter.prose(step.description()));
            }
        }
        return new ReportStatistics(counter.chapters, counter.features, counter.sections, counter.blocks,
                counter.caseStudies, counter.footnotes, counter.han, counter.missingEnglish);
    }

    /** Counts Han ideographs (CJK Unified Ideographs and Extension A). */
    public static int hanCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(text.charAt(i));
            if (block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A) {
                count++;
            }
        }
        return count;
    }

    private static final class Counter implements ReportVisitor {
        int chapters;
        int features;
        int sections;
        int blocks;
        int caseStudies;
        int footnotes;
        int han;
        int missingEnglish;

        @Override
        public void chapter(Chapter chapter, String number, Location location) {
            if (chapter.kind() == ChapterKind.FEATURE) {
                features++;
            } else {
                chapters++;
            }
        }

        @Override
        public void section(Chapter chapter, Section section, String number, Location location) {
            sections++;
        }

        @Override
        public void block(Block block, Location location) {
            blocks++;
            if (block instanceof CaseStudy) {
                caseStudies++;
            } else if (block instanceof Paragraph paragraph) {
                prose(paragraph.text());
            } else if (block instanceof BulletList list) {
                list.items().forEach(this::prose);
            }
        }

        @Override
        public void footnote(Footnote footnote, Location location) {
            footnotes++;
        }

        void prose(LocalizedText text) {
            han += hanCharacters(text.zh());
            if (!text.zh().isBlank() && !text.hasEnglish()) {
                missingEnglish++;
            }
        }
    }
}
