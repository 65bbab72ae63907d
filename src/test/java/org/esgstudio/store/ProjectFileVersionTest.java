package org.esgstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.esgstudio.data.IndicatorValue;
import org.esgstudio.data.Project;
import org.esgstudio.data.Provenance;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.model.ReportQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named versions in a real project file of the main sample: recorded, loaded back exactly, kept as named. */
class ProjectFileVersionTest {
    private static final String WATER_PARAGRAPH = "ch2-s4-p6";
    private static final Instant AT = Instant.parse("2025-04-01T09:00:00Z");

    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private Path sample() {
        return Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
    }

    private static ProjectFile open(Path esg) {
        return ProjectFile.open(esg, OpenMode.READ_WRITE, Clock.fixed(AT, ZoneOffset.UTC));
    }

    private static Project withWater(Project project, String written) {
        Paragraph water = (Paragraph) ReportQuery.block(project.report(), WATER_PARAGRAPH).orElseThrow();
        Paragraph changed = new Paragraph(water.id(), water.text().withZh(water.text().zh().replace("98,652立方米",
                written)), water.notes());
        return project.withReport(ReportEdits.replaceBlock(project.report(), changed));
    }

    @Test
    void aVersionRecordsWhoWhenItsRevisionAndTheHeadOfTheHistoryChain() {
        Path esg = sample();
        try (ProjectFile file = open(esg)) {
            assertThat(file.save(withWater(file.load(), "97,120立方米"), "张编辑", "改用水量")).isTrue();
            NamedVersion version = file.nameVersion("  送审版 v1 ", "李审核");

            assertThat(version.id()).isPositive();
            assertThat(version.name()).isEqualTo("送审版 v1");
            assertThat(version.author()).isEqualTo("李审核");
            assertThat(version.at()).isEqualTo(AT);
            assertThat(version.revisionId()).isEqualTo(file.history().get(file.history().size() - 1).id()).isEqualTo(2);
            assertThat(version.headHash()).isEqualTo(HistoryChain.verify(file).headHash()).hasSize(64);
            assertThat(file.versions()).containsExactly(version);
            assertThat(file.version("送审版 v1")).contains(version);
        }
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThat(file.versions()).extracting(NamedVersion::name).containsExactly("送审版 v1");
        }
    }

    @Test
    void aVersionLoadsBackExactlyTheProjectAsItWasWhateverIsEditedLater() {
        Path esg = sample();
        Project atNaming;
        try (ProjectFile file = open(esg)) {
            atNaming = file.load();
            assertThat(atNaming.assets()).as("the sample has images").isNotEmpty();
            file.nameVersion("送审版 v1", "李审核");

            Project edited = withWater(atNaming, "97,120立方米");
            edited = edited.withData(edited.data().withValue(IndicatorValue.reported("E.WATER.TOTAL", 2024,
                    new BigDecimal("97120"), "更正", Provenance.typed("张编辑", AT))));
            edited = new Project(edited.report(), edited.data(), edited.assets().subList(1, edited.assets().size()));
            assertThat(file.save(edited, "张编辑", "改用水量、删图片")).isTrue();
            file.nameVersion("送审版 v2", "李审核");

            assertThat(file.loadVersion("送审版 v1")).isEqualTo(atNaming);
            assertThat(file.loadVersion("送审版 v2")).isEqualTo(file.load()).isNotEqualTo(atNaming);
        }
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThat(file.loadVersion("送审版 v1")).isEqualTo(atNaming);
            assertThat(file.loadVersion("送审版 v1").assets()).isEqualTo(atNaming.assets());
        }
    }

    @Test
    void aNameAlreadyUsedIsRefusedAndNothingIsRecorded() {
        Path esg = sample();
        try (ProjectFile file = open(esg)) {
            file.nameVersion("定稿版", "李审核");
            assertThat(file.save(withWater(file.load(), "97,120立方米"), "张编辑", "改用水量")).isTrue();

            assertThatThrownBy(() -> file.nameVersion(" 定稿版", "王财务"))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining(esg.getFileName().toString())
                    .hasMessageContaining("已有名为“定稿版”的版本").hasMessageContaining("李审核");
            assertThat(file.versions()).hasSize(1);
            assertThat(file.loadVersion("定稿版")).isNotEqualTo(file.load());
        }
    }

    @Test
    void blankReservedAndOverlongNamesAreRefused() {
        try (ProjectFile file = open(sample())) {
            assertThatThrownBy(() -> file.nameVersion("  ", "李审核")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("版本名称不能为空");
            assertThatThrownBy(() -> file.nameVersion(null, "李审核")).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> file.nameVersion("Current", "李审核")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("当前");
            assertThatThrownBy(() -> file.nameVersion("送审\n版", "李审核")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("控制字符");
            assertThatThrownBy(() -> file.nameVersion("版".repeat(ProjectFile.VERSION_NAME_LIMIT + 1), "李审核"))
                    .isInstanceOf(UserFacingException.class);
            assertThat(file.versions()).isEmpty();
        }
    }

    @Test
    void anUnknownVersionIsRefusedNamingTheKnownOnes() {
        try (ProjectFile file = open(sample())) {
            assertThatThrownBy(() -> file.loadVersion("送审版 v1")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("还没有命名任何版本");
            file.nameVersion("送审版 v1", "李审核");
            file.nameVersion("送审版 v2", "李审核");
            assertThatThrownBy(() -> file.loadVersion("定稿版")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("没有名为“定稿版”的版本").hasMessageContaining("送审版 v1、送审版 v2");
        }
    }

    @Test
    void versionsAreKeptAsNamedAndATamperedSnapshotIsRefused() throws Exception {
        Path esg = sample();
        try (ProjectFile file = open(esg)) {
            file.nameVersion("送审版 v1", "李审核");
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + esg);
             Statement statement = sql.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE version SET author = '别人'"))
                    .hasMessageContaining("kept as named");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM version"))
                    .hasMessageContaining("kept as named");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM version_asset"))
                    .hasMessageContaining("kept as named");
            // Someone who lifts the guard and rewrites the snapshot: the recorded SHA-256 no longer matches.
            statement.execute("DROP TRIGGER version_no_update");
            statement.executeUpdate("UPDATE version SET snapshot = X'789C030000000001'");
        }
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThatThrownBy(() -> file.loadVersion("送审版 v1")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("送审版 v1").hasMessageContaining("已损坏");
        }
    }

    @Test
    void aReadOnlyFileRefusesToNameAVersion() {
        Path esg = sample();
        try (ProjectFile file = ProjectFile.open(esg, OpenMode.READ_ONLY)) {
            assertThatThrownBy(() -> file.nameVersion("送审版 v1", "李审核")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theSecondSampleLoadsBackExactlyToo() {
        Path esg = Samples.projectFile(Samples.HENGCHUAN, dir.resolve("h.esg"));
        try (ProjectFile file = open(esg)) {
            file.nameVersion("送审版", "李审核");
            assertThat(file.loadVersion("送审版")).isEqualTo(file.load());
        }
    }
}
