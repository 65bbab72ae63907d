package org.esgstudio.office.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Section;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --into CHAPTER}: the draft's sections go into an existing chapter instead of a new one. */
class DraftIntoChapterTest {
    private static Project sample;

    @BeforeAll
    static void sample() {
        sample = Samples.read(Samples.QINGHE);
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static Chapter chapter(Project project, String id) {
        return project.report().chapters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void byNumberTheSectionsAreAddedAfterTheChaptersOwnAndNoChapterIsMade() {
        DraftImport.Result result = DraftImport.read(TestDrafts.greenOperations(), sample, Optional.of("2"));

        List<Chapter> chapters = result.project().report().chapters();
        assertThat(chapters).extracting(Chapter::id).isEqualTo(sample.report().chapters().stream().map(Chapter::id).toList());
        Chapter green = chapter(result.project(), "ch2");
        List<Section> before = chapter(sample, "ch2").sections();
        assertThat(green.sections().subList(0, before.size())).isEqualTo(before);
        assertThat(green.sections().subList(before.size(), green.sections().size())).extracting(s -> s.title().zh())
                .containsExactly("践行绿色运营", "节能降耗与资源节约", "员工绿色行动", "绿色采购");
        assertThat(result.intoChapterId()).contains("ch2");
        assertThat(result.chapterIds()).isEmpty();
        assertThat(result.counts().chapters()).isZero();
        assertThat(result.counts().sections()).isEqualTo(4);
        assertThat(result.notes()).contains("第 2 段（“践行绿色运营”之下）：一级标题“践行绿色运营”未新建一章，其下内容导入到“绿色保险 守护绿水青山”");
    }

    @Test
    void byTitleTheSameChapterIsFound() {
        DraftImport.Result byTitle = DraftImport.read(TestDrafts.greenOperations(), sample,
                Optional.of("绿色保险 守护绿水青山"));
        DraftImport.Result byPaddedNumber = DraftImport.read(TestDrafts.greenOperations(), sample, Optional.of("02"));

        assertThat(byTitle.intoChapterId()).contains("ch2");
        assertThat(byPaddedNumber.project()).isEqualTo(byTitle.project());
    }

    @Test
    void anUnknownChapterIsRefusedNamingTheDraftAndListingTheChapters() {
        assertThatThrownBy(() -> DraftImport.read(TestDrafts.greenOperations(), sample, Optional.of("9")))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(TestDrafts.greenOperations() + ": 无法导入到“9”：报告中没有这一章（可写章号或章标题：01 稳健治理 行稳致远；"
                        + "02 绿色保险 守护绿水青山；03 以客为先 服务美好生活；04 与员工共成长；05 共建美好社会）");
    }
}
