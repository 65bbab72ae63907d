package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Project;
import org.esgstudio.data.Rule;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Block;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileCreateTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void createRefusesAnExistingTargetAndLeavesItUntouched() throws IOException {
        Path target = dir.resolve("existing.esg");
        Files.writeString(target, "某人的文件，不能被覆盖");
        FileState before = FileState.of(dir);

        assertThatThrownBy(() -> ProjectFile.create(target, Samples.read(Samples.HENGCHUAN), Samples.AUTHOR, "新建"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(target + ": 文件已存在，未覆盖：请换一个文件名，或先删除旧文件");

        assertThat(FileState.of(dir)).isEqualTo(before);
    }

    @Test
    void createRefusesAnExistingProjectFileAndLeavesItUntouched() {
        Path target = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("h.esg"));
        FileState before = FileState.of(dir);

        assertThatThrownBy(() -> ProjectFile.create(target, Samples.read(Samples.QINGHE), Samples.AUTHOR, "新建"))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("target.exists"));

        assertThat(FileState.of(dir)).isEqualTo(before);
        try (ProjectFile project = ProjectFile.open(target, OpenMode.READ_ONLY)) {
            assertThat(project.load()).isEqualTo(Samples.read(Samples.HENGCHUAN));
        }
    }

    @Test
    void createRefusesATargetInAMissingFolderAndCreatesNothing() {
        Path missing = dir.resolve("no-such-folder");
        Path target = missing.resolve("new.esg");

        assertThatThrownBy(() -> ProjectFile.create(target, Samples.read(Samples.HENGCHUAN), Samples.AUTHOR, "新建"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(Messages.get("target.parentMissing", target, missing))
                .hasMessage(target + ": 无法写入：所在文件夹 " + missing + " 不存在");

        assertThat(missing).doesNotExist();
        assertThat(FileState.of(dir).entries()).containsOnlyKeys("");
    }

    @Test
    void aSaveThatFailsWhileCreatingLeavesNeitherTheTargetNorAnyTemporaryFile() {
        Project sample = Samples.read(Samples.HENGCHUAN);
        List<Rule> rules = new ArrayList<>(sample.data().rules());
        assertThat(rules).isNotEmpty();
        rules.add(new Rule(rules.get(0).name(), "E.GHG.TOTAL = E.GHG.SCOPE1"));
        Project duplicateRuleName = sample.withData(new DataSet(sample.data().indicators(), sample.data().values(),
                rules));
        Path target = dir.resolve("broken.esg");

        assertThatThrownBy(() -> ProjectFile.create(target, duplicateRuleName, Samples.AUTHOR, "新建"))
                .isInstanceOf(UserFacingException.class);

        assertThat(target).doesNotExist();
        assertThat(FileState.of(dir).entries()).as("no temporary file, -wal or -shm is left").containsOnlyKeys("");
    }

    @Test
    void aFailedCreateNamesTheTargetFileNotItsTemporaryFile() {
        Project sample = Samples.read(Samples.HENGCHUAN);
        List<Rule> rules = new ArrayList<>(sample.data().rules());
        rules.add(new Rule(rules.get(0).name(), "E.GHG.TOTAL = E.GHG.SCOPE1"));
        Project broken = sample.withData(new DataSet(sample.data().indicators(), sample.data().values(), rules));
        Path target = dir.resolve("broken.esg");

        assertThatThrownBy(() -> ProjectFile.create(target, broken, Samples.AUTHOR, "新建"))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("target.unwritable"))
                .hasMessageStartingWith(target + ": ")
                .hasMessageNotContaining(".creating-");
    }

    @Test
    void aReportWithADuplicateIdIsRejectedAndNoTargetIsCreated() {
        Project sample = Samples.read(Samples.QINGHE);
        Report duplicated = ProjectFileHistoryTest.withBlocks(sample.report(), 0, 0, blocks -> {
            blocks.add(new Paragraph("ch1-s1-p1", LocalizedText.zh("与开篇段落同一个 id 的段落")));
            return blocks;
        });
        Path target = dir.resolve("duplicate.esg");

        assertThatThrownBy(() -> ProjectFile.create(target, sample.withReport(duplicated), Samples.AUTHOR, "新建"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("ch1-s1-p1");

        assertThat(target).doesNotExist();
        assertThat(FileState.of(dir).entries()).containsOnlyKeys("");
    }

    @Test
    void aSaveThatFailsOnAnExistingFileRollsBackAndKeepsItsContent() {
        Path file = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("h.esg"));
        Project sample = Samples.read(Samples.HENGCHUAN);
        List<Rule> rules = new ArrayList<>(sample.data().rules());
        rules.add(new Rule(rules.get(0).name(), "E.GHG.TOTAL = E.GHG.SCOPE1"));
        Project broken = sample.withData(new DataSet(sample.data().indicators(), sample.data().values(), rules));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThatThrownBy(() -> project.save(broken, Samples.AUTHOR, "坏的保存"))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageStartingWith(file + ": 保存失败（");
        }

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE)) {
            assertThat(project.load()).isEqualTo(sample);
            assertThat(project.history()).hasSize(1);
        }
        assertThat(FileState.of(dir).entries()).containsOnlyKeys("", "h.esg");
    }

    @Test
    void theDuplicateIdSampleReallyHasTwoBlocksWithOneId() {
        Report duplicated = ProjectFileHistoryTest.withBlocks(Samples.read(Samples.QINGHE).report(), 0, 0, blocks -> {
            blocks.add(new Paragraph("ch1-s1-p1", LocalizedText.zh("重复")));
            return blocks;
        });
        List<Block> blocks = duplicated.chapters().get(0).sections().get(0).blocks();
        assertThat(blocks.stream().filter(b -> b.id().equals("ch1-s1-p1"))).hasSize(2);
    }
}
