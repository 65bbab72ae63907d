package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.ReportEdits;
import org.esgstudio.store.ProjectFile;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coverage FILE.esg --framework ID} on the main sample, as text and JSON, and what a removed section does. */
class CliCoverageTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chineseAndNoTeamCatalogues() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("esgstudio.home", dir.resolve("home").toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("esgstudio.home");
    }

    @Test
    void theMainSampleCoverageOfGriListsCoveredOmittedAndMissingWithPlaces() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));

        CliRun run = CliRun.of("coverage", esg, "--framework", "gri-2021");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(run.out()).contains("GRI标准 (2021) 披露覆盖", "已覆盖 48 项 · 已说明省略 2 项 · 缺失 37 项 · 未涉及 33 项",
                "  2-9  管治架构和组成 — 1.1 公司治理与ESG管理",
                "  2-21  年度总薪酬比率 — 保密限制；省略的要求：2-21-a、b、c；涉及薪酬敏感信息，暂不对外披露。",
                "  2-4  信息重述", "另有 33 项未涉及");
        assertThat(run.out()).contains("305-1  直接（范畴1）温室气体排放 — 2.3 应对气候变化；2.4 推进绿色运营；"
                + "2.4 推进绿色运营（E.GHG.SCOPE1）；关键绩效表（E.GHG.SCOPE1）");
    }

    @Test
    void jsonGivesEveryDisclosureWithItsStatusAndLocations() throws Exception {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));

        CliRun run = CliRun.of("coverage", esg, "--framework", "ciaa-2023", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/framework/id").asText()).isEqualTo("ciaa-2023");
        assertThat(json.at("/summary/covered").asInt() + json.at("/summary/omitted").asInt()
                + json.at("/summary/missing").asInt()).isEqualTo(49);
        assertThat(json.get("disclosures")).hasSize(49);
        JsonNode investor = null;
        for (JsonNode d : json.get("disclosures")) {
            if (d.get("code").asText().equals("G.3.2")) {
                investor = d;
            }
        }
        assertThat(investor.get("status").asText()).isEqualTo("omitted");
        assertThat(investor.at("/omission/reason").asText()).isEqualTo("not-applicable");
    }

    @Test
    void removingASectionFromTheFileMakesItsDisclosuresMissing() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        try (ProjectFile file = ProjectFile.open(esg, org.esgstudio.store.OpenMode.READ_WRITE)) {
            Project project = file.load();
            file.save(project.withReport(ReportEdits.remove(project.report(), "ch1-s1")), "测试员", "删除公司治理一节");
        }

        CliRun run = CliRun.of("coverage", esg, "--framework", "gri-2021");

        // 37 were missing; the six GRI 2 disclosures only that section reported are now missing too.
        assertThat(run.out()).contains("缺失 43 项", "  2-9  管治架构和组成\n", "  2-14  最高管治机构在可持续发展报告中的作用\n")
                .contains("  2-15  利益冲突 — 1.2 商业道德与反腐败\n");
    }

    @Test
    void anUnknownFrameworkIsRefusedNamingTheKnownOnes() {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));

        CliRun run = CliRun.of("coverage", esg, "--framework", "gri-2016");

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("没有名为“gri-2016”的披露框架（现有：", "gri-2021", "ciaa-2023", "cn-exchange-2024");
    }

    @Test
    void aTeamsOwnCatalogueInTheDataFolderIsUsedAndABadOneIsRefusedNamingTheFile() throws Exception {
        Path esg = Samples.projectFile(Samples.QINGHE, dir.resolve("q.esg"));
        Path folder = Files.createDirectories(dir.resolve("home").resolve("frameworks"));
        Files.writeString(folder.resolve("team-2024.json"), """
                {"id": "team-2024", "version": "2024", "name": {"zh": "团队指标"},
                 "groups": [{"code": "T", "title": {"zh": "团队"}, "scope": "always",
                             "disclosures": [{"code": "T.1", "title": {"zh": "员工"}}]}]}
                """);

        CliRun run = CliRun.of("coverage", esg, "--framework", "team-2024");
        assertThat(run.out()).contains("团队指标 (2024) 披露覆盖", "缺失 1 项", "  T.1  员工");

        Files.writeString(folder.resolve("team-2024.json"), "{\"id\": \"team-2024\", \"groups\": [{\"scope\": 3}]}");
        CliRun bad = CliRun.of("coverage", esg, "--framework", "team-2024");
        assertThat(bad.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains(folder.resolve("team-2024.json").toString());
    }
}
