package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.Provenance;
import org.esgstudio.data.Rule;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Asset;
import org.esgstudio.model.Block;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Report;
import org.esgstudio.model.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectFileHistoryTest {
    private static final Instant SAVED_AT = Instant.parse("2025-04-01T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(SAVED_AT, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file;
    private Project original;

    @BeforeEach
    void createSampleProject() {
        original = Samples.read(Samples.QINGHE);
        file = dir.resolve("q.esg");
        ProjectFile.create(file, original, Samples.AUTHOR, "从示例创建");
    }

    // ---- the first revision ----

    @Test
    void creatingRecordsOneRevisionInsertingEveryNodeIndicatorValueRuleAndAsset() {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            List<Revision> history = project.history();
            assertThat(history).hasSize(1);
            Revision first = history.get(0);
            assertThat(first.author()).isEqualTo(Samples.AUTHOR);
            assertThat(first.summary()).isEqualTo("从示例创建");
            List<Change> changes = project.changes(first.id());
            assertThat(first.changes()).isEqualTo(changes.size());
            assertThat(changes).extracting(Change::op).containsOnly("insert");
            assertThat(changes).allSatisfy(change -> {
                assertThat(change.before()).isNull();
                assertThat(change.after()).isNotBlank();
            });
            assertThat(changes.stream().filter(c -> c.entity().equals("indicator"))).hasSize(121);
            assertThat(changes.stream().filter(c -> c.entity().equals("value"))).hasSize(242);
            assertThat(changes.stream().filter(c -> c.entity().equals("rule"))).hasSize(23);
            assertThat(changes.stream().filter(c -> c.entity().equals("asset"))).hasSize(6);
            assertThat(changes).extracting(Change::entity, Change::entityId)
                    .contains(tuple("node", "#report"), tuple("node", "ch1"), tuple("node", "ch1-s1"),
                            tuple("node", "ch1-s1-p1"), tuple("value", "EC.GREEN.INVESTMENT@2024"),
                            tuple("asset", "ch1-pillars.png"));
        }
    }

    // ---- one save, one revision ----

    @Test
    void editingAParagraphRecordsOneRevisionWithOneNodeUpdate() {
        Paragraph old = (Paragraph) block(original.report(), "ch1-s1-p1");
        Paragraph edited = new Paragraph(old.id(), old.text().withZh(old.text().zh() + "（第二稿）"), old.notes());

        Revision revision = save(original.withReport(withBlocks(original.report(), 0, 0,
                blocks -> replace(blocks, old.id(), edited))), "改写开篇段落");

        assertThat(revision.author()).isEqualTo("审稿人");
        assertThat(revision.summary()).isEqualTo("改写开篇段落");
        assertThat(revision.at()).isEqualTo(SAVED_AT);
        assertThat(revision.changes()).isEqualTo(1);
        List<Change> changes = changesOf(revision);
        assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactly(tuple("node", "ch1-s1-p1", "update"));
        assertThat(changes.get(0).before()).contains(old.text().zh()).doesNotContain("（第二稿）");
        assertThat(changes.get(0).after()).contains("（第二稿）");
        assertThat(loaded().report()).isEqualTo(withBlocks(original.report(), 0, 0,
                blocks -> replace(blocks, old.id(), edited)));
    }

    @Test
    void deletingABlockRecordsOnlyItsDeletionNotItsSiblingsShifting() {
        Block heading = block(original.report(), "ch1-s1-h1");

        Revision revision = save(original.withReport(withBlocks(original.report(), 0, 0,
                blocks -> without(blocks, heading.id()))), "删除小标题");

        List<Change> changes = changesOf(revision);
        assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactly(tuple("node", "ch1-s1-h1", "delete"));
        assertThat(changes.get(0).before()).isNotBlank();
        assertThat(changes.get(0).after()).isNull();
        assertThat(loaded().report()).isEqualTo(withBlocks(original.report(), 0, 0,
                blocks -> without(blocks, heading.id())));
    }

    @Test
    void deletingACaseStudyRecordsTheDeletionOfItAndEveryBlockInItsBody() {
        CaseStudy study = (CaseStudy) block(original.report(), "ch1-s1-case1");
        assertThat(study.body()).isNotEmpty();

        Revision revision = save(original.withReport(withBlocks(original.report(), 0, 0,
                blocks -> without(blocks, study.id()))), "删除案例");

        List<String> expected = new ArrayList<>();
        expected.add(study.id());
        study.body().forEach(b -> expected.add(b.id()));
        assertThat(changesOf(revision)).extracting(Change::op).containsOnly("delete");
        assertThat(changesOf(revision)).extracting(Change::entityId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(loaded().report()).isEqualTo(withBlocks(original.report(), 0, 0,
                blocks -> without(blocks, study.id())));
    }

    @Test
    void insertingABlockRecordsOneInsertAndDoesNotRecordItsLaterSiblingsAsMoved() {
        Paragraph added = new Paragraph("ch1-s1-new", LocalizedText.of("新增的段落。", "A new paragraph."));

        Revision revision = save(original.withReport(withBlocks(original.report(), 0, 0, blocks -> {
            blocks.add(0, added);
            return blocks;
        })), "新增段落");

        List<Change> changes = changesOf(revision);
        assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactly(tuple("node", "ch1-s1-new", "insert"));
        assertThat(changes.get(0).after()).contains("新增的段落。");
        assertThat(loaded().report().chapters().get(0).sections().get(0).blocks().get(0)).isEqualTo(added);
        assertThat(loaded().report().chapters().get(0).sections().get(0).blocks())
                .hasSize(original.report().chapters().get(0).sections().get(0).blocks().size() + 1);
    }

    @Test
    void swappingTwoBlocksRecordsAMoveForEachAndNothingElse() {
        List<Block> blocks = original.report().chapters().get(0).sections().get(0).blocks();
        assertThat(blocks.get(2).id()).isEqualTo("ch1-s1-p2");
        assertThat(blocks.get(3).id()).isEqualTo("ch1-s1-p3");

        Report swapped = withBlocks(original.report(), 0, 0, list -> {
            Block p2 = list.get(2);
            list.set(2, list.get(3));
            list.set(3, p2);
            return list;
        });
        Revision revision = save(original.withReport(swapped), "调换段落顺序");

        List<Change> changes = changesOf(revision);
        assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactlyInAnyOrder(tuple("node", "ch1-s1-p2", "move"), tuple("node", "ch1-s1-p3", "move"));
        Change p2 = changes.stream().filter(c -> c.entityId().equals("ch1-s1-p2")).findFirst().orElseThrow();
        assertThat(p2.before()).contains("\"position\":2").contains("\"parent\":\"ch1-s1\"");
        assertThat(p2.after()).contains("\"position\":3").contains("\"parent\":\"ch1-s1\"");
        assertThat(loaded().report()).isEqualTo(swapped);
    }

    @Test
    void movingABlockToAnotherSectionRecordsOneMove() {
        Block moving = block(original.report(), "ch1-s1-p9");
        Report step = withBlocks(original.report(), 0, 0, blocks -> without(blocks, moving.id()));
        Report moved = withBlocks(step, 0, 1, blocks -> {
            blocks.add(0, moving);
            return blocks;
        });

        Revision revision = save(original.withReport(moved), "移动段落");

        List<Change> changes = changesOf(revision);
        assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactly(tuple("node", "ch1-s1-p9", "move"));
        assertThat(changes.get(0).before()).contains("\"parent\":\"ch1-s1\"");
        assertThat(changes.get(0).after()).contains("\"parent\":\"ch1-s2\"").contains("\"position\":0");
        assertThat(loaded().report()).isEqualTo(moved);
    }

    @Test
    void changingAValueRecordsOneValueUpdateWithTheExactFigures() {
        Revision revision = save(original.withData(withValue(original.data(), "EC.GREEN.INVESTMENT", 2024, "36.85")),
                "更正绿色投资余额");

        List<Change> changes = changesOf(revision);
        assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactly(tuple("value", "EC.GREEN.INVESTMENT@2024", "update"));
        assertThat(changes.get(0).before()).contains("36.80");
        assertThat(changes.get(0).after()).contains("36.85");
        assertThat(loaded().data().value("EC.GREEN.INVESTMENT", 2024).orElseThrow().amount())
                .isEqualByComparingTo("36.85");
    }

    @Test
    void rewritingAValueWithFewerDecimalsIsAChange() {
        Revision revision = save(original.withData(withValue(original.data(), "EC.GREEN.INVESTMENT", 2024, "36.8")),
                "去掉末尾的零");

        assertThat(changesOf(revision)).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactly(tuple("value", "EC.GREEN.INVESTMENT@2024", "update"));
        assertThat(loaded().data().value("EC.GREEN.INVESTMENT", 2024).orElseThrow().amount().toPlainString())
                .isEqualTo("36.8");
    }

    @Test
    void deletingAndAddingValuesRecordsTheirDeletionAndInsertion() {
        DataSet data = original.data();
        List<IndicatorValue> values = new ArrayList<>(data.values());
        values.removeIf(v -> v.code().equals("EC.GREEN.INVESTMENT") && v.year() == 2023);
        values.add(IndicatorValue.reported("EC.GREEN.INVESTMENT", 2022, new BigDecimal("20.10"), "补录",
                Provenance.typed("审稿人", SAVED_AT)));

        Revision revision = save(original.withData(new DataSet(data.indicators(), values, data.rules())), "调整年份");

        assertThat(changesOf(revision)).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactlyInAnyOrder(tuple("value", "EC.GREEN.INVESTMENT@2023", "delete"),
                        tuple("value", "EC.GREEN.INVESTMENT@2022", "insert"));
        DataSet after = loaded().data();
        assertThat(after.value("EC.GREEN.INVESTMENT", 2023)).isEmpty();
        assertThat(after.value("EC.GREEN.INVESTMENT", 2022).orElseThrow().amount().toPlainString()).isEqualTo("20.10");
    }

    @Test
    void addingAnIndicatorWithAValueRecordsBothInsertions() {
        DataSet data = original.data();
        List<Indicator> indicators = new ArrayList<>(data.indicators());
        indicators.add(new Indicator("E.TEST.NEW", LocalizedText.of("新指标", "New indicator"), List.of("别名"), "吨", 2,
                "环境", "行政部", "台账", List.of()));
        List<IndicatorValue> values = new ArrayList<>(data.values());
        values.add(IndicatorValue.reported("E.TEST.NEW", 2024, new BigDecimal("55.80"), "",
                Provenance.typed("审稿人", SAVED_AT)));

        Revision revision = save(original.withData(new DataSet(indicators, values, data.rules())), "新增指标");

        assertThat(changesOf(revision)).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactly(tuple("indicator", "E.TEST.NEW", "insert"), tuple("value", "E.TEST.NEW@2024", "insert"));
        DataSet after = loaded().data();
        assertThat(after.indicators()).last().extracting(Indicator::code).isEqualTo("E.TEST.NEW");
        assertThat(after.value("E.TEST.NEW", 2024).orElseThrow().amount().toPlainString()).isEqualTo("55.80");
    }

    @Test
    void changingAnIndicatorsUnitRecordsAnIndicatorUpdate() {
        DataSet data = original.data();
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : data.indicators()) {
            indicators.add(i.code().equals("EC.GREEN.INVESTMENT") ? new Indicator(i.code(), i.name(), i.aliases(),
                    "万元", i.decimals(), i.category(), i.department(), i.source(), i.frameworks()) : i);
        }

        Revision revision = save(original.withData(new DataSet(indicators, data.values(), data.rules())), "改单位");

        List<Change> changes = changesOf(revision);
        assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactly(tuple("indicator", "EC.GREEN.INVESTMENT", "update"));
        assertThat(changes.get(0).before()).contains("亿元");
        assertThat(changes.get(0).after()).contains("万元");
        assertThat(loaded().data().indicator("EC.GREEN.INVESTMENT").orElseThrow().unit()).isEqualTo("万元");
    }

    @Test
    void deletingAnIndicatorRecordsItsDeletionAndThatOfEachOfItsValues() {
        DataSet data = original.data();
        String code = "S.COMM.RURAL_PURCHASE";
        List<Indicator> indicators = data.indicators().stream().filter(i -> !i.code().equals(code)).toList();
        List<IndicatorValue> values = data.values().stream().filter(v -> !v.code().equals(code)).toList();

        Revision revision = save(original.withData(new DataSet(indicators, values, data.rules())), "删除指标");

        assertThat(changesOf(revision)).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactlyInAnyOrder(tuple("indicator", code, "delete"), tuple("value", code + "@2024", "delete"),
                        tuple("value", code + "@2023", "delete"));
        assertThat(loaded().data().hasIndicator(code)).isFalse();
        assertThat(loaded().data().valuesOf(code)).isEmpty();
        assertThat(loaded().data().indicators()).hasSize(120);
    }

    @Test
    void changingAndRemovingRulesRecordsRuleUpdateAndDelete() {
        DataSet data = original.data();
        List<Rule> rules = new ArrayList<>(data.rules());
        Rule first = rules.get(0);
        Rule last = rules.remove(rules.size() - 1);
        rules.set(0, new Rule(first.name(), "EC.PREMIUM.TOTAL = EC.PREMIUM.NONAUTO + EC.PREMIUM.AUTO"));

        Revision revision = save(original.withData(new DataSet(data.indicators(), data.values(), rules)), "改规则");

        assertThat(changesOf(revision)).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactlyInAnyOrder(tuple("rule", first.name(), "update"), tuple("rule", last.name(), "delete"));
        assertThat(loaded().data().rules()).containsExactlyElementsOf(rules);
    }

    @Test
    void replacingRemovingAndAddingAssetsRecordsTheirHashes() {
        List<Asset> assets = new ArrayList<>(original.assets());
        Asset replaced = assets.get(0);
        byte[] bytes = replaced.bytes();
        bytes[bytes.length - 1] ^= 1;
        assets.set(0, new Asset(replaced.name(), bytes));
        Asset removed = assets.remove(assets.size() - 1);
        Asset added = new Asset("zz-new.png", original.assets().get(1).bytes());
        assets.add(added);

        Revision revision = save(new Project(original.report(), original.data(), assets), "换图");

        List<Change> changes = changesOf(revision);
        assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactlyInAnyOrder(tuple("asset", replaced.name(), "update"),
                        tuple("asset", removed.name(), "delete"), tuple("asset", "zz-new.png", "insert"));
        Change update = changes.stream().filter(c -> c.op().equals("update")).findFirst().orElseThrow();
        assertThat(update.before()).contains(FileState.sha256(replaced.bytes()));
        assertThat(update.after()).contains(FileState.sha256(bytes));
        assertThat(loaded().assets()).containsExactlyInAnyOrderElementsOf(assets);
    }

    @Test
    void oneSaveWithSeveralKindsOfChangeIsOneRevision() {
        Paragraph added = new Paragraph("ch2-new", LocalizedText.zh("新段落"));
        Project next = original.withReport(withBlocks(original.report(), 1, 0, blocks -> {
            blocks.add(added);
            return blocks;
        })).withData(withValue(original.data(), "EC.GREEN.INVESTMENT", 2024, "37.00"));

        Revision revision = save(next, "合并修改");

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.history()).hasSize(2);
        }
        assertThat(revision.changes()).isEqualTo(2);
        assertThat(changesOf(revision)).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactlyInAnyOrder(tuple("node", "ch2-new", "insert"),
                        tuple("value", "EC.GREEN.INVESTMENT@2024", "update"));
    }

    @Test
    void successiveSavesAreSuccessiveRevisionsOldestFirst() {
        save(original.withData(withValue(original.data(), "EC.GREEN.INVESTMENT", 2024, "36.81")), "第一次");
        save(original.withData(withValue(original.data(), "EC.GREEN.INVESTMENT", 2024, "36.82")), "第二次");

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            List<Revision> history = project.history();
            assertThat(history).extracting(Revision::summary).containsExactly("从示例创建", "第一次", "第二次");
            assertThat(history).extracting(Revision::id).isSorted().doesNotHaveDuplicates();
            Change second = project.changes(history.get(2).id()).get(0);
            assertThat(second.before()).contains("36.81");
            assertThat(second.after()).contains("36.82");
        }
    }

    // ---- nothing changed, nothing recorded ----

    @Test
    void savingTheSameProjectReturnsFalseAndRecordsNothing() throws SQLException {
        int changeRowsBefore = count("change");

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE, CLOCK)) {
            assertThat(project.save(project.load(), "审稿人", "无修改")).isFalse();
            assertThat(project.save(original, "审稿人", "无修改")).isFalse();
            assertThat(project.history()).hasSize(1);
        }
        assertThat(count("revision")).isEqualTo(1);
        assertThat(count("change")).isEqualTo(changeRowsBefore);
    }

    @Test
    void rereadingTheFolderLaterIsNoChangeEvenThoughTheValuesWereEnteredAtAnotherTime() {
        Project later = org.esgstudio.json.ReportFolder.read(Samples.folder(Samples.QINGHE), "另一人",
                Instant.parse("2026-01-01T00:00:00Z"));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE, CLOCK)) {
            assertThat(project.save(later, "另一人", "重新导入")).isFalse();
            assertThat(project.history()).hasSize(1);
        }
    }

    @Test
    void aFailedSaveLeavesTheProjectAndItsHistoryAsTheyWere() {
        DataSet data = original.data();
        List<Rule> rules = new ArrayList<>(data.rules());
        rules.add(new Rule(rules.get(0).name(), "EC.PREMIUM.TOTAL = EC.PREMIUM.AUTO"));
        Project broken = original.withData(new DataSet(data.indicators(),
                withValue(data, "EC.GREEN.INVESTMENT", 2024, "99.99").values(), rules));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE, CLOCK)) {
            assertThatThrownBy(() -> project.save(broken, "审稿人", "重复的规则名"))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("project.writeFailed"));
            assertThat(project.history()).hasSize(1);
            assertThat(project.load()).isEqualTo(original);
        }
        assertThat(loaded()).isEqualTo(original);
    }

    // ---- several saves in one editing session (a save compares with what the session last saved) ----

    @Test
    void successiveSavesOfOneSessionEachRecordOnlyTheirOwnEdit() throws SQLException {
        Paragraph old = (Paragraph) block(original.report(), "ch1-s1-p1");
        Paragraph edited = new Paragraph(old.id(), old.text().withZh(old.text().zh() + "（第二稿）"), old.notes());
        Project first = original.withReport(withBlocks(original.report(), 0, 0, blocks -> replace(blocks, old.id(), edited)));
        Project second = first.withData(withValue(first.data(), "EC.GREEN.INVESTMENT", 2024, "36.81"));
        Paragraph added = new Paragraph("p-session", LocalizedText.of("会话中新增的段落。", "Added in the session."));
        Project third = second.withReport(withBlocks(second.report(), 0, 0, blocks -> {
            blocks.add(1, added);
            return blocks;
        }));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE, CLOCK)) {
            assertThat(project.load()).isEqualTo(original);
            assertThat(project.save(first, "审稿人", "一")).isTrue();
            assertThat(project.save(second, "审稿人", "二")).isTrue();
            assertThat(project.save(third, "审稿人", "三")).isTrue();
            assertThat(project.save(third, "审稿人", "无修改")).isFalse();
            List<Revision> history = project.history();
            assertThat(history).extracting(Revision::summary).containsExactly("从示例创建", "一", "二", "三");
            assertThat(project.changes(history.get(1).id())).extracting(Change::entity, Change::entityId, Change::op)
                    .containsExactly(tuple("node", "ch1-s1-p1", "update"));
            assertThat(project.changes(history.get(2).id())).extracting(Change::entity, Change::entityId, Change::op)
                    .containsExactly(tuple("value", "EC.GREEN.INVESTMENT@2024", "update"));
            assertThat(project.changes(history.get(3).id())).extracting(Change::entity, Change::entityId, Change::op)
                    .containsExactly(tuple("node", "p-session", "insert"));
        }
        assertThat(loaded()).isEqualTo(third);
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE, CLOCK)) {
            assertThat(project.save(third, "审稿人", "重新打开后无修改")).as("the file holds what the session saved").isFalse();
        }
    }

    @Test
    void aSaveBeforeAnyLoadComparesWithTheFile() {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE, CLOCK)) {
            assertThat(project.save(original.withData(withValue(original.data(), "EC.GREEN.INVESTMENT", 2024, "36.81")),
                    "审稿人", "未先读取")).isTrue();
            Revision last = project.history().get(1);
            assertThat(project.changes(last.id())).extracting(Change::entity, Change::entityId, Change::op)
                    .containsExactly(tuple("value", "EC.GREEN.INVESTMENT@2024", "update"));
        }
    }

    @Test
    void afterAFailedSaveTheSessionsNextSaveComparesWithWhatTheFileStillHolds() {
        DataSet data = original.data();
        String before = data.value("EC.GREEN.INVESTMENT", 2024).orElseThrow().amount().toPlainString();
        List<Rule> rules = new ArrayList<>(data.rules());
        rules.add(new Rule(rules.get(0).name(), "EC.PREMIUM.TOTAL = EC.PREMIUM.AUTO"));
        Project broken = original.withData(new DataSet(data.indicators(),
                withValue(data, "EC.GREEN.INVESTMENT", 2024, "99.99").values(), rules));

        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE, CLOCK)) {
            project.load();
            assertThatThrownBy(() -> project.save(broken, "审稿人", "重复的规则名")).isInstanceOf(UserFacingException.class);
            assertThat(project.save(original.withData(withValue(data, "EC.GREEN.INVESTMENT", 2024, "36.81")), "审稿人",
                    "改正后保存")).isTrue();
            List<Revision> history = project.history();
            assertThat(history).extracting(Revision::summary).containsExactly("从示例创建", "改正后保存");
            List<Change> changes = project.changes(history.get(1).id());
            assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                    .containsExactly(tuple("value", "EC.GREEN.INVESTMENT@2024", "update"));
            assertThat(changes.get(0).before()).contains(before).doesNotContain("99.99");
        }
        assertThat(loaded().data().rules()).isEqualTo(original.data().rules());
    }

    // ---- append-only ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "UPDATE revision SET summary = '篡改'",
        "UPDATE revision SET author = 'someone else' WHERE id = 1",
        "DELETE FROM revision",
        "UPDATE change SET op = 'delete'",
        "UPDATE change SET after = NULL WHERE seq = 0",
        "DELETE FROM change",
        "DELETE FROM change WHERE seq = 0"})
    void theHistoryIsAppendOnly(String tampering) throws SQLException {
        int revisions = count("revision");
        int changes = count("change");

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(tampering))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }

        assertThat(count("revision")).isEqualTo(revisions);
        assertThat(count("change")).isEqualTo(changes);
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            assertThat(project.history()).singleElement().satisfies(r -> {
                assertThat(r.summary()).isEqualTo("从示例创建");
                assertThat(r.author()).isEqualTo(Samples.AUTHOR);
            });
        }
    }

    @Test
    void reorderingIndicatorsIsSavedAndRecorded() {
        DataSet data = original.data();
        List<Indicator> indicators = new ArrayList<>(data.indicators());
        Indicator first = indicators.remove(0);
        indicators.add(1, first);
        Project reordered = original.withData(new DataSet(indicators, data.values(), data.rules()));

        Revision revision = save(reordered, "调整指标顺序");

        assertThat(revision.changes()).isPositive();
        assertThat(changesOf(revision)).extracting(Change::entity, Change::op).containsOnly(tuple("indicator", "move"));
        assertThat(loaded().data().indicators()).containsExactlyElementsOf(indicators);
    }

    @Test
    void reorderingRulesIsSavedAndRecorded() {
        DataSet data = original.data();
        List<Rule> rules = new ArrayList<>(data.rules());
        Rule first = rules.remove(0);
        rules.add(first);
        Project reordered = original.withData(new DataSet(data.indicators(), data.values(), rules));

        Revision revision = save(reordered, "调整规则顺序");

        assertThat(revision.changes()).isPositive();
        assertThat(loaded().data().rules()).containsExactlyElementsOf(rules);
    }

    // ---- helpers ----

    private Revision save(Project next, String summary) {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_WRITE, CLOCK)) {
            int before = project.history().size();
            assertThat(project.save(next, "审稿人", summary)).as("save reports a change").isTrue();
            List<Revision> history = project.history();
            assertThat(history).as("exactly one new revision").hasSize(before + 1);
            return history.get(history.size() - 1);
        }
    }

    private List<Change> changesOf(Revision revision) {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            List<Change> changes = project.changes(revision.id());
            assertThat(changes).hasSize(revision.changes());
            return changes;
        }
    }

    private Project loaded() {
        try (ProjectFile project = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            return project.load();
        }
    }

    private int count(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static Block block(Report report, String id) {
        for (Chapter chapter : report.chapters()) {
            for (Section section : chapter.sections()) {
                for (Block block : section.blocks()) {
                    if (block.id().equals(id)) {
                        return block;
                    }
                }
            }
        }
        throw new AssertionError("no block " + id + " in the sample");
    }

    static Report withBlocks(Report report, int chapter, int section, UnaryOperator<List<Block>> edit) {
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        Chapter c = chapters.get(chapter);
        List<Section> sections = new ArrayList<>(c.sections());
        Section s = sections.get(section);
        sections.set(section, new Section(s.id(), s.title(), edit.apply(new ArrayList<>(s.blocks()))));
        chapters.set(chapter, new Chapter(c.id(), c.kind(), c.title(), c.themeWord(), c.intro(), sections));
        return report.withChapters(chapters);
    }

    private static List<Block> replace(List<Block> blocks, String id, Block with) {
        blocks.replaceAll(b -> b.id().equals(id) ? with : b);
        return blocks;
    }

    private static List<Block> without(List<Block> blocks, String id) {
        assertThat(blocks.removeIf(b -> b.id().equals(id))).isTrue();
        return blocks;
    }

    static DataSet withValue(DataSet data, String code, int year, String amount) {
        List<IndicatorValue> values = new ArrayList<>();
        for (IndicatorValue v : data.values()) {
            values.add(v.code().equals(code) && v.year() == year ? IndicatorValue.reported(code, year,
                    new BigDecimal(amount), v.note(), Provenance.typed("审稿人", SAVED_AT)) : v);
        }
        return new DataSet(data.indicators(), values, data.rules());
    }
}
