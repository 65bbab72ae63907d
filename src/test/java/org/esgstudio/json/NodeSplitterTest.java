package org.esgstudio.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.esgstudio.model.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The splitter the project file saves with gives exactly the rows of a split from scratch, edit after edit. */
class NodeSplitterTest {


    @ParameterizedTest
    @ValueSource(strings = {SampleFolders.MAIN, SampleFolders.SECOND})
    void aFirstSplitGivesTheRowsOfASplitFromScratch(String name) throws IOException {
        Report report = SampleFolders.report(name);

        assertThat(new NodeSplitter().split(report)).isEqualTo(ReportNodes.split(report));
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleFolders.MAIN, SampleFolders.SECOND})
    void afterEachOfAThousandRandomEditsTheRowsAreThoseOfASplitFromScratch(String name) throws IOException {
        Report report = SampleFolders.report(name);
        NodeSplitter splitter = new NodeSplitter();
        splitter.split(report);
        SplittableRandom random = new SplittableRandom(name.hashCode());
        List<String> done = new ArrayList<>();

        for (int n = 0; n < 1000; n++) {
            RandomEdit edit = RandomEdit.values()[random.nextInt(RandomEdit.values().length)];
            Report edited = edit.apply(report, random, n);
            if (edited == null) {
                continue;
            }
            report = edited;
            done.add(edit.name());
            assertThat(splitter.split(report)).as("after edit %d (%s)", n, edit).isEqualTo(ReportNodes.split(report));
        }
        assertThat(done).as("every kind of edit was tried").containsAll(
                List.of(RandomEdit.values()).stream().map(Enum::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleFolders.MAIN, SampleFolders.SECOND})
    void theRowsOfSectionsAnEditDidNotTouchAreReusedNotSerialisedAgain(String name) throws IOException {
        Report report = SampleFolders.report(name);
        NodeSplitter splitter = new NodeSplitter();
        List<NodeRow> before = splitter.split(report);
        Section first = report.chapters().get(0).sections().get(0);
        Paragraph added = new Paragraph("p-added", LocalizedText.of("新增段落。", "Added."));

        List<NodeRow> after = splitter.split(ReportEdits.insertBlock(report, first.id(), 0, added));

        NodeRow lastOfBefore = before.get(before.size() - 1);
        NodeRow lastOfAfter = after.get(after.size() - 1);
        assertThat(lastOfAfter).as("a row of an untouched part is the very row of the last split").isSameAs(lastOfBefore);
        assertThat(after).filteredOn(row -> row.parentId() != null && row.parentId().equals(first.id()))
                .extracting(NodeRow::id).startsWith("p-added");
    }

    /** An edit as the editor makes them, on a random node; null when the report has no node for it. */
    private enum RandomEdit {
        REWRITE_PARAGRAPH {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                List<Block> paragraphs = blocks(report).stream().filter(Paragraph.class::isInstance).toList();
                if (paragraphs.isEmpty()) {
                    return null;
                }
                Paragraph p = (Paragraph) paragraphs.get(random.nextInt(paragraphs.size()));
                return ReportEdits.replaceBlock(report, new Paragraph(p.id(), p.text().withZh(p.text().zh() + n),
                        p.notes()));
            }
        },
        INSERT_PARAGRAPH {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                List<String> containers = containers(report);
                String container = containers.get(random.nextInt(containers.size()));
                int size = ReportQuery.containerBlocks(report, container).orElseThrow().size();
                return ReportEdits.insertBlock(report, container, random.nextInt(size + 1),
                        new Paragraph("p-new-" + n, LocalizedText.of("第" + n + "段。", "Paragraph " + n + ".")));
            }
        },
        REMOVE_BLOCK {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                List<Block> blocks = blocks(report);
                return blocks.isEmpty() ? null : ReportEdits.remove(report, blocks.get(random.nextInt(blocks.size())).id());
            }
        },
        MOVE_BLOCK {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                List<Block> blocks = blocks(report).stream().filter(b -> b.children().isEmpty()).toList();
                if (blocks.isEmpty()) {
                    return null;
                }
                List<String> sections = sections(report);
                String target = sections.get(random.nextInt(sections.size()));
                int size = ReportQuery.containerBlocks(report, target).orElseThrow().size();
                return ReportEdits.moveBlock(report, blocks.get(random.nextInt(blocks.size())).id(), target,
                        random.nextInt(size + 1));
            }
        },
        MOVE_SECTION {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                List<String> sections = sections(report);
                Chapter chapter = report.chapters().get(random.nextInt(report.chapters().size()));
                return sections.isEmpty() ? null : ReportEdits.moveSection(report,
                        sections.get(random.nextInt(sections.size())), chapter.id(),
                        random.nextInt(chapter.sections().size() + 1));
            }
        },
        MOVE_CHAPTER {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                List<Chapter> chapters = report.chapters();
                return ReportEdits.moveChapter(report, chapters.get(random.nextInt(chapters.size())).id(),
                        random.nextInt(chapters.size()));
            }
        },
        MOVE_PART {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                List<Part> parts = ReportQuery.parts(report);
                return parts.isEmpty() ? null : ReportEdits.movePart(report,
                        parts.get(random.nextInt(parts.size())).id(), random.nextInt(parts.size()));
            }
        },
        RETITLE {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                List<String> ids = new ArrayList<>();
                ReportQuery.parts(report).forEach(part -> ids.add(part.id()));
                report.chapters().forEach(chapter -> ids.add(chapter.id()));
                ids.addAll(sections(report));
                String id = ids.get(random.nextInt(ids.size()));
                return ReportEdits.retitle(report, id, LocalizedText.of("标题" + n, "Title " + n));
            }
        },
        INSERT_SECTION {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                Chapter chapter = report.chapters().get(random.nextInt(report.chapters().size()));
                return ReportEdits.insertSection(report, chapter.id(), random.nextInt(chapter.sections().size() + 1),
                        new Section("s-new-" + n, LocalizedText.of("新节" + n, "New " + n),
                                List.of(new Paragraph("p-in-s-" + n, LocalizedText.of("节中段落。", "In it.")))));
            }
        },
        SAME_CONTENT_NEW_OBJECTS {
            @Override
            Report apply(Report report, SplittableRandom random, int n) {
                return ReportNodes.join(ReportNodes.split(report));
            }
        };

        abstract Report apply(Report report, SplittableRandom random, int n);

        static List<Block> blocks(Report report) {
            List<Block> blocks = new ArrayList<>();
            for (String id : ReportQuery.ids(report)) {
                ReportQuery.block(report, id).ifPresent(blocks::add);
            }
            blocks.sort(java.util.Comparator.comparing(Block::id));
            return blocks;
        }

        static List<String> sections(Report report) {
            List<String> ids = new ArrayList<>();
            report.chapters().forEach(chapter -> chapter.sections().forEach(section -> ids.add(section.id())));
            return ids;
        }

        static List<String> containers(Report report) {
            List<String> ids = new ArrayList<>(sections(report));
            ReportQuery.parts(report).stream().filter(part -> ReportQuery.containerBlocks(report, part.id()).isPresent())
                    .forEach(part -> ids.add(part.id()));
            return ids;
        }
    }
}
