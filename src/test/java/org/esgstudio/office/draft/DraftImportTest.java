package org.esgstudio.office.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.esgstudio.data.Project;
import org.esgstudio.figures.Finding;
import org.esgstudio.figures.FindingKind;
import org.esgstudio.figures.Severity;
import org.esgstudio.figures.Validator;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Block;
import org.esgstudio.model.BulletList;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.DataTable;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.ListStyle;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportIntegrity;
import org.esgstudio.model.Section;
import org.esgstudio.model.TableRow;
import org.esgstudio.model.TextRow;
import org.esgstudio.model.TextTable;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LibreOffice-written draft imported into the main sample: the acceptance test of "Word drafts in". */
class DraftImportTest {
    private static Project sample;
    private static DraftImport.Result imported;

    @BeforeAll
    static void importTheDraftOnce() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        sample = Samples.read(Samples.QINGHE);
        imported = DraftImport.read(TestDrafts.greenOperations(), sample, Optional.empty());
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static Chapter chapter() {
        List<Chapter> chapters = imported.project().report().chapters();
        return chapters.get(chapters.size() - 1);
    }

    private static Section section(String title) {
        return chapter().sections().stream().filter(s -> s.title().zh().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + title + " in " + chapter().sections()));
    }

    private static <T extends Block> List<T> blocks(Section section, Class<T> type) {
        return section.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void heading1BecomesANewChapterAfterTheOthersAndHeading2ItsSections() {
        assertThat(imported.project().report().chapters()).hasSize(sample.report().chapters().size() + 1);
        assertThat(chapter().title()).isEqualTo(LocalizedText.zh("践行绿色运营"));
        assertThat(chapter().sections()).extracting(s -> s.title().zh())
                .as("content before the first Heading 2 opens a section named after the chapter")
                .containsExactly("践行绿色运营", "节能降耗与资源节约", "员工绿色行动", "绿色采购");
        assertThat(imported.project().report().back()).isEqualTo(sample.report().back());
        assertThat(imported.chapterIds()).containsExactly(chapter().id());
        assertThat(imported.counts()).isEqualTo(new DraftImport.Counts(1, 4, 2, 9, 2, 3, 1, 1, 2, 1));
    }

    @Test
    void heading3BecomesASubHeadAndTheTitleIsLeftOutWithANote() {
        assertThat(blocks(section("节能降耗与资源节约"), Heading.class)).extracting(Heading::level, h -> h.text().zh())
                .containsExactly(tuple(1, "屋顶光伏"), tuple(1, "资源使用数据"));
        assertThat(imported.notes()).contains("第 1 段：文档标题“绿色运营章节草稿（行政部）”未导入（报告标题在报告设置中）");
    }

    @Test
    void boldRunsAreEmphasisItalicIsPlainAndTheFootnoteComesAlong() {
        Paragraph paragraph = blocks(section("节能降耗与资源节约"), Paragraph.class).get(0);

        assertThat(paragraph.text().zh()).isEqualTo("2024年，公司**持续推进办公场所节能改造**，在总部后援中心更换高效照明灯具并"
                + "加装分项计量电表，对机房空调实行精细化温控。全年用水量为98,652立方米[^" + paragraph.notes().get(0).id()
                + "]，节水器具覆盖全部自有办公楼。");
        assertThat(paragraph.notes()).extracting(n -> n.text().zh())
                .containsExactly("用水量数据来自各办公场所的水费台账，不含营业网点。");
        assertThat(imported.notes()).contains("斜体按正文导入：报告版式不用斜体（中文字体没有斜体），需要强调请用加粗");
    }

    @Test
    void aTableOfStoreIndicatorsThatAgreesBecomesADataTable() {
        DataTable table = blocks(section("节能降耗与资源节约"), DataTable.class).get(0);

        assertThat(table.title().zh()).isEqualTo("资源使用情况");
        assertThat(table.years()).containsExactly(2024, 2023);
        assertThat(table.rows()).extracting(TableRow::indicator, r -> r.label().zh())
                .containsExactly(tuple("E.WATER.TOTAL", ""), tuple("E.PAPER.OFFICE", ""));
    }

    @Test
    void aTableWithAFigureTheStoreDisagreesWithStaysAsWrittenAndValidationFindsTheFigure() {
        List<TextTable> tables = blocks(section("员工绿色行动"), TextTable.class);
        TextTable vehicles = tables.get(0);

        assertThat(vehicles.title().zh()).isEqualTo("公务用车");
        assertThat(vehicles.columns()).extracting(LocalizedText::zh).containsExactly("指标", "2024年", "2023年");
        assertThat(vehicles.rows()).extracting(TextRow::cells)
                .containsExactly(List.of(LocalizedText.zh("新能源公务用车"), LocalizedText.zh("66"), LocalizedText.zh("28")));
        assertThat(imported.notes()).contains("表“公务用车”：“新能源公务用车” 2024 年在草稿中为 66，数据库中为 64 辆");
        List<Finding> mismatches = Validator.validate(imported.project().report(), imported.project().data(), 2024)
                .findings().stream().filter(f -> f.kind() == FindingKind.MISMATCH).toList();
        assertThat(mismatches).extracting(Finding::severity, Finding::indicator, Finding::year, Finding::text,
                        Finding::expected)
                .containsExactlyInAnyOrder(tuple(Severity.ERROR, "E.FLEET.NEV", 2024, "66", "64辆"),
                        tuple(Severity.ERROR, "S.EMP.TOTAL", 2024, "6,300人", "6,258人"));
        assertThat(mismatches).allSatisfy(f -> assertThat(imported.blockIds()).contains(f.blockId()));
    }

    @Test
    void aTableOfWordsBecomesATextTable() {
        TextTable table = blocks(section("员工绿色行动"), TextTable.class).get(1);

        assertThat(table.title().zh()).isEqualTo("绿色公益活动");
        assertThat(table.columns()).extracting(LocalizedText::zh).containsExactly("活动名称", "组织部门", "主要内容");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).cells()).extracting(LocalizedText::zh)
                .containsExactly("旧物循环市集", "团委", "闲置图书、文具交换，所得义卖款捐给乡村学校");
    }

    @Test
    void thePictureBecomesAnAssetWithItsCaption() {
        Image image = blocks(section("节能降耗与资源节约"), Image.class).get(0);

        assertThat(image.asset()).isEqualTo("green-operations-1.png");
        assertThat(image.caption()).isEqualTo(LocalizedText.zh("总部后援中心屋顶光伏电站（示意）"));
        assertThat(imported.project().asset("green-operations-1.png").orElseThrow().bytes())
                .isEqualTo(TestDrafts.greenOperationsPicture());
        assertThat(imported.project().assets()).hasSize(sample.assets().size() + 1);
    }

    @Test
    void bulletedAndNumberedParagraphsBecomeLists() {
        BulletList bullets = blocks(section("员工绿色行动"), BulletList.class).get(0);
        BulletList numbers = blocks(section("绿色采购"), BulletList.class).get(0);

        assertThat(bullets.style()).isEqualTo(ListStyle.BULLET);
        assertThat(bullets.items()).extracting(LocalizedText::zh).containsExactly("推行无纸化会议，会议材料一律电子分发；",
                "倡导绿色出行，鼓励员工乘坐公共交通通勤；", "开展“光盘行动”，减少食堂餐饮浪费。");
        assertThat(numbers.style()).isEqualTo(ListStyle.NUMBERED);
        assertThat(numbers.items()).hasSize(2);
    }

    @Test
    void aParagraphBeginningWithCaseRunsToTheNextHeading() {
        CaseStudy study = blocks(section("员工绿色行动"), CaseStudy.class).get(0);

        assertThat(study.title().zh()).isEqualTo("绿色理赔");
        assertThat(study.body()).extracting(b -> ((Paragraph) b).text().zh()).containsExactly(
                "车险理赔全面推行线上化，客户通过手机上传照片即可完成小额案件定损，省去往返查勘网点的路程。",
                "对于推定全损的车辆，公司与正规拆解企业合作回收零部件，让旧件**物尽其用**。");
        assertThat(section("员工绿色行动").blocks().get(section("员工绿色行动").blocks().size() - 1)).isSameAs(study);
    }

    @Test
    void aTextBoxBeginningWithCaseIsACaseStudyAndTheParagraphHoldingItFollows() {
        List<Block> blocks = section("绿色采购").blocks();
        CaseStudy study = blocks(section("绿色采购"), CaseStudy.class).get(0);

        assertThat(study.title().zh()).isEqualTo("办公用品绿色采购");
        assertThat(study.body()).extracting(b -> ((Paragraph) b).text().zh()).containsExactly(
                "行政部修订办公用品采购办法，把再生纸、可替换笔芯和节能灯具列入优先采购清单，并在年度供应商评价中增加包装回收一项。");
        assertThat(blocks.get(blocks.size() - 1)).isInstanceOfSatisfying(Paragraph.class,
                p -> assertThat(p.text().zh()).isEqualTo("绿色采购的成效将在明年的报告中持续披露。"));
    }

    @Test
    void everythingIsChineseWithFreshIdsAndTheReportStaysWhole() {
        assertThat(ReportIntegrity.check(imported.project().report())).isEmpty();
        assertThat(chapter().title().en()).isEmpty();
        chapter().sections().forEach(s -> s.blocks().forEach(b -> {
            if (b instanceof Paragraph p) {
                assertThat(p.text().en()).isEmpty();
            }
        }));
        assertThat(imported.blockIds()).as("9 paragraphs, 2 sub-heads, 2 lists, 3 tables, a picture, 2 cases").hasSize(19).doesNotContainAnyElementsOf(
                org.esgstudio.model.ReportIds.all(sample.report()));
    }

    @Test
    void theProjectPassedInIsLeftAsItWas() {
        assertThat(sample).isEqualTo(Samples.read(Samples.QINGHE));
    }

    @Test
    void theSamePictureImportedAgainIsTheSameAsset() {
        DraftImport.Result again = DraftImport.read(TestDrafts.greenOperations(), imported.project(), Optional.empty());

        assertThat(again.project().assets()).isEqualTo(imported.project().assets());
        List<Chapter> chapters = again.project().report().chapters();
        Section first = chapters.get(chapters.size() - 1).sections().get(1);
        assertThat(blocks(first, Image.class)).extracting(Image::asset).containsExactly("green-operations-1.png");
        assertThat(chapters.get(chapters.size() - 1).id()).isNotEqualTo(chapter().id());
    }
}
