package org.esgstudio.office.draft;

import java.util.ArrayList;
import java.util.List;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.Problem;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.ChapterKind;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Section;

/**
 * The chapters and sections of a draft: each Heading 1 opens a new chapter and each Heading 2 a section. Content
 * between a chapter heading and its first section goes into an opening section named after the chapter (the report
 * keeps all content in sections, and a chapter's own intro is not checked by validation). With a target chapter
 * ({@code --into}), Heading 1 opens no chapter: the draft's sections are added to the target, and an opening section
 * takes the Heading 1's text (else the target's title). Without one, content before the first Heading 1 has nowhere
 * to go and refuses the draft. A title-style paragraph is the document's title, not a heading, and is left out.
 */
final class DraftOutline {
    private final DraftBlocks blocks;
    private final DraftMarkup markup;
    private final List<String> notes;
    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Chapter> chapters = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final Chapter target;
    private String chapterId;
    private String chapterTitle;
    private String intoHeading;
    private String sectionTitle;
    private List<DraftElement> sectionContent;
    private List<Section> chapterSections;

    DraftOutline(DraftBlocks blocks, DraftMarkup markup, List<String> notes, String fileName, Chapter target) {
        this.blocks = blocks;
        this.markup = markup;
        this.notes = notes;
        this.fileName = fileName;
        this.target = target;
    }

    /** Reads the elements; afterwards {@link #chapters()} (new chapters) or {@link #sections()} (for the target). */
    void read(List<DraftElement> elements) {
        for (DraftElement element : elements) {
            if (element instanceof DraftElement.Heading h && h.level() <= 2) {
                heading(h);
            } else {
                content(element);
            }
        }
        closeSection();
        closeChapter();
    }

    List<Problem> problems() {
        return problems;
    }

    List<Chapter> chapters() {
        return chapters;
    }

    List<Section> sections() {
        return sections;
    }

    private void heading(DraftElement.Heading h) {
        if (h.level() == 0) {
            notes.add(Messages.get("docx.import.titleIgnored", h.place().describe(), h.text()));
            return;
        }
        closeSection();
        if (h.level() == 1) {
            if (target != null) {
                intoHeading = h.text();
                notes.add(Messages.get("docx.import.chapterHeadingInto", h.place().describe(), h.text(),
                        target.title().zh()));
            } else {
                closeChapter();
                chapterId = markup.freshId("ch");
                chapterTitle = h.text();
                chapterSections = new ArrayList<>();
            }
            return;
        }
        if (!hasChapter()) {
            refuse(h.place());
            return;
        }
        sectionTitle = h.text();
        sectionContent = new ArrayList<>();
    }

    private void content(DraftElement element) {
        if (sectionContent == null) {
            if (!hasChapter()) {
                refuse(element.place());
                return;
            }
            sectionTitle = target != null ? (intoHeading != null ? intoHeading : target.title().zh()) : chapterTitle;
            sectionContent = new ArrayList<>();
            notes.add(Messages.get("docx.import.openingSection", element.place().describe(), sectionTitle));
        }
        sectionContent.add(element);
    }

    private boolean hasChapter() {
        return target != null || chapterId != null;
    }

    /** Only the first stray paragraph is named: the cause (no Heading 1 before it) is the same for all. */
    private void refuse(DraftPlace place) {
        if (problems.isEmpty()) {
            problems.add(new Problem(fileName + " › " + place.describe(), "docx.import.beforeChapter"));
        }
    }

    private void closeSection() {
        if (sectionContent == null) {
            return;
        }
        Section section = new Section(markup.freshId("s"), LocalizedText.zh(sectionTitle),
                blocks.blocks(sectionContent, false));
        (target != null ? sections : chapterSections).add(section);
        sectionContent = null;
        sectionTitle = null;
    }

    private void closeChapter() {
        if (chapterId == null) {
            return;
        }
        chapters.add(new Chapter(chapterId, ChapterKind.CHAPTER, LocalizedText.zh(chapterTitle), LocalizedText.EMPTY,
                LocalizedText.EMPTY, chapterSections));
        chapterId = null;
    }
}
