package org.esgstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliHelpTest {
    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @ParameterizedTest(name = "esg-studio {0} {1}")
    @CsvSource({
        "'',          --help, ESG 报告工作台：编写、核对并发布中文 ESG 报告。不带参数运行即打开应用。",
        "new,         --help, 新建项目文件：空白报告，或由报告文件夹创建。",
        "info,        --help, 显示项目的报告设置以及章节、内容块、案例、指标、数值、脚注等计数。",
        "import-json, --help, 将报告文件夹导入项目文件（全部导入或全不导入）；项目文件不存在时新建。",
        "export-json, --help, 将项目导出为报告文件夹（report.json、data.csv、rules.csv、assets/）。",
        "new,         -h,     新建项目文件：空白报告，或由报告文件夹创建。"})
    void helpExitsZeroAndDescribesTheCommandInChinese(String command, String option, String description) {
        CliRun run = command.isEmpty() ? CliRun.of(option) : CliRun.of(command, option);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines().get(0)).startsWith(("用法：esg-studio " + command).strip());
        assertThat(run.outLines()).contains(description);
        assertThat(run.out()).contains("显示此帮助并退出");
    }

    @Test
    void theTopHelpListsEverySubcommandWithItsChineseDescription() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out()).containsPattern("(?m)^  new +新建项目文件")
                .containsPattern("(?m)^  info +显示项目的报告设置")
                .containsPattern("(?m)^  import-json +将报告文件夹导入项目文件")
                .containsPattern("(?m)^  export-json +将项目导出为报告文件夹");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "new,         FILE.esg, 要创建的项目文件（不会覆盖已有文件）",
        "new,         --from=FOLDER, 由此报告文件夹",
        "new,         --year=Y, 报告年度（默认：上一年）",
        "new,         --company=NAME, 公司名称",
        "info,        --json, 以一个 JSON 对象输出",
        "import-json, FOLDER, 报告文件夹",
        "export-json, FOLDER, 目标文件夹（已存在时须为报告文件夹）"})
    void everyParameterAndOptionIsDescribedInChinese(String command, String label, String description) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.out()).containsPattern("(?m)^ +(-h, )?" + java.util.regex.Pattern.quote(label) + " +"
                + java.util.regex.Pattern.quote(description));
    }

    @Test
    void noSubcommandPrintsTheUsageAndExitsZero() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法：esg-studio").contains("ESG 报告工作台");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void versionNamesTheProduct() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("ESG Report Studio ");
        assertThat(run.err()).isEmpty();
    }
}
