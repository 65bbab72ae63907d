package org.esgstudio.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.esgstudio.json.ReportFolder;
import org.esgstudio.office.TestWorkbooks;
import org.esgstudio.store.ProjectFile;

/**
 * Writes the bad-input corpus of {@code src/test/resources/bad-inputs/}: a small good report folder ({@code base/})
 * that every folder case starts from, one file per bad input (in a folder per kind) and the manifest
 * {@code expected.tsv} that {@link BadInputCorpusTest} reads (file, command, exit status, expected message). Run it
 * once from the project folder after changing a case, and commit what it wrote:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.esgstudio.cli.BadInputCorpusGenerator
 * </pre>
 *
 * <p>The files are small on purpose (the whole corpus stays well under 1 MB): a zip bomb is a few kB that inflate to
 * megabytes, an "enormous" sheet declares a huge size in a few bytes, a "huge" picture says so in its header.
 * Inputs that would be big even compressed are made at test time instead ({@link BadInputCorpusTest}).
 */
public final class BadInputCorpusGenerator {
    /** The manifest's name, beside the files. */
    public static final String MANIFEST = "expected.tsv";
    private static final String AUTHOR = "语料生成器";
    private static final long ZIP_TIME = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();

    private final Path root;
    private final List<String> manifest = new ArrayList<>();

    private BadInputCorpusGenerator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/bad-inputs").toAbsolutePath();
        new BadInputCorpusGenerator(root).generate();
        System.out.println("wrote the bad-input corpus to " + root);
    }

    // ---------------------------------------------------------------- the good starting point

    static final String BASE_REPORT = """
            {
              "formatVersion": 1,
              "settings": {
                "company": {
                  "zh": "坏输入测试有限公司",
                  "en": "Bad Input Test Co., Ltd."
                },
                "shortName": {
                  "zh": "坏输入测试"
                },
                "year": 2024,
                "comparisonYears": [
                  2023
                ],
                "title": {
                  "zh": "坏输入测试2024年ESG报告"
                },
                "languages": [
                  "ZH"
                ],
                "theme": "harbour",
                "numberedSections": false
              },
              "chapters": [
                {
                  "id": "c1",
                  "kind": "CHAPTER",
                  "title": {
                    "zh": "绿色运营"
                  },
                  "sections": [
                    {
                      "id": "c1-s1",
                      "title": {
                        "zh": "节约用水"
                      },
                      "blocks": [
                        {
                          "type": "paragraph",
                          "id": "c1-s1-p1",
                          "text": {
                            "zh": "2024年，公司用水量为{{E.WATER}}立方米，员工人数为{{S.EMP.TOTAL}}人。"
                          }
                        },
                        {
                          "type": "dataTable",
                          "id": "c1-s1-tbl",
                          "title": {
                            "zh": "用水与员工"
                          },
                          "years": [
                            2024,
                            2023
                          ],
                          "rows": [
                            {
                              "id": "c1-s1-tbl-r1",
                              "indicator": "E.WATER"
                            },
                            {
                              "id": "c1-s1-tbl-r2",
                              "indicator": "S.EMP.TOTAL"
                            }
                          ]
                        },
                        {
                          "type": "image",
                          "id": "c1-s1-img",
                          "asset": "ok.png",
                          "caption": {
                            "zh": "节水示意图"
                          },
                          "widthPercent": 50
                        }
                      ]
                    }
                  ]
                }
              ]
            }
            """;

    static final String BASE_DATA = """
            指标编码,指标名称,别名,单位,小数位,类别,负责部门,来源,2024,2023,备注
            E.WATER,用水量,总用水量,立方米,0,环境,行政部,水费台账,"12,345","11,980",
            S.EMP.MALE,男性员工人数,,人,0,社会,人力资源部,人力资源系统,520,500,
            S.EMP.FEMALE,女性员工人数,,人,0,社会,人力资源部,人力资源系统,480,470,
            S.EMP.TOTAL,员工总数,员工人数,人,0,社会,人力资源部,人力资源系统,1000,970,
            """;

    static final String BASE_RULES = """
            规则名称,表达式
            员工按性别合计,S.EMP.TOTAL = S.EMP.MALE + S.EMP.FEMALE
            """;

    private void generate() throws Exception {
        Files.createDirectories(root);
        try (var entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals("README.md")) {
                    deleteTree(entry);
                }
            }
        }
        Path base = root.resolve("base");
        write("base/report.json", BASE_REPORT.getBytes(StandardCharsets.UTF_8));
        write("base/data.csv", BASE_DATA.getBytes(StandardCharsets.UTF_8));
        write("base/rules.csv", BASE_RULES.getBytes(StandardCharsets.UTF_8));
        write("base/assets/ok.png", png(4, 4));
        Path work = Files.createTempDirectory("bad-input-corpus-");
        try {
            Path project = work.resolve("base.esg");
            ProjectFile.create(project, ReportFolder.read(base, AUTHOR, Instant.now()), AUTHOR, "语料基础项目");
            // Small pages keep the committed project files small (a few dozen kB instead of 150).
            execute(project, "PRAGMA journal_mode = DELETE", "PRAGMA page_size = 512", "VACUUM",
                    "PRAGMA journal_mode = WAL");
            manifest.add("# Generated by org.esgstudio.cli.BadInputCorpusGenerator: edit the generator, not this file.");
            manifest.add("# file\tcommand\texit\texpected (a substring of the message, or of the output when exit is 0)");
            projectFiles(project, work);
            reportJson();
            dataCsv();
            rulesCsv();
            assets();
            workbooks(work);
            drafts(work);
        } finally {
            deleteTree(work);
        }
        Files.write(root.resolve(MANIFEST), (String.join("\n", manifest) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- project files (.esg)

    private void projectFiles(Path good, Path work) throws IOException, SQLException {
        byte[] goodBytes = Files.readAllBytes(good);
        esg("esg/notes.esg", "这不是项目文件，只是几行笔记。\n".getBytes(StandardCharsets.UTF_8),
                "不是 ESG 报告工作台的项目文件（不是 SQLite 数据库）");
        esg("esg/empty.esg", new byte[0], "文件是空的，不是 ESG 报告工作台的项目文件");
        esg("esg/truncated.esg", Arrays.copyOf(goodBytes, goodBytes.length / 2),
                "项目文件不完整（只有 " + grouped(goodBytes.length / 2) + " 字节，应有 " + grouped(goodBytes.length)
                        + " 字节），可能复制或下载时被截断：请从备份恢复");
        esg("esg/word-document.esg", Files.readAllBytes(draftFixture()),
                "不是 ESG 报告工作台的项目文件（不是 SQLite 数据库）");
        esg("esg/contacts-app.esg", sqlite(work.resolve("contacts.db"),
                        "CREATE TABLE contacts (name TEXT, phone TEXT)",
                        "INSERT INTO contacts VALUES ('张三', '010-12345678')"),
                "是 SQLite 数据库，但不是 ESG 报告工作台的项目文件");
        esg("esg/newer-schema.esg", sqlite(work.resolve("newer.db"),
                        "PRAGMA application_id = " + 0x45534753, "PRAGMA user_version = 99",
                        "CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT)"),
                "由更新版本的 ESG 报告工作台创建（结构版本 99，本版本最高支持 ");
        // A page in the middle overwritten: SQLite's own check finds it.
        byte[] corrupt = goodBytes.clone();
        int pageSize = ByteBuffer.wrap(corrupt, 16, 2).getShort() & 0xFFFF;
        for (int page = 2; page < corrupt.length / pageSize; page += 2) {
            Arrays.fill(corrupt, page * pageSize, page * pageSize + 64, (byte) 0x5A);
        }
        esg("esg/damaged-pages.esg", corrupt, "项目文件已损坏（");
        // Ours, intact to SQLite, but a report node that is not JSON.
        Path badNode = Files.copy(good, work.resolve("bad-node.esg"));
        execute(badNode, "UPDATE report_node SET content = '{\"type\": \"poem\", \"lines\": 42}' WHERE id = 'c1-s1-p1'");
        // (import-json over it is not refused: it replaces the whole report, broken node included.)
        write("esg/broken-node.esg", Files.readAllBytes(badNode));
        String poem = "项目文件已损坏（chapters[0].sections[0].blocks[0]: 未知的类型“poem”";
        entry("esg/broken-node.esg", "open", 2, poem);
        entry("esg/broken-node.esg", "export-json", 2, poem);
        // Ours and sound, but an asset name that would leave the folder it is exported to.
        Path escaping = Files.copy(good, work.resolve("escaping.esg"));
        execute(escaping, "UPDATE asset SET name = '../../escaped.png' WHERE name = 'ok.png'",
                "UPDATE report_node SET content = replace(content, '\"ok.png\"', '\"../../escaped.png\"') WHERE id = 'c1-s1-img'");
        write("esg/asset-escaping.esg", Files.readAllBytes(escaping));
        entry("esg/asset-escaping.esg", "export-json", 2, "图片名称“../../escaped.png”");
    }

    private void esg(String file, byte[] bytes, String expected) throws IOException {
        write(file, bytes);
        entry(file, "open", 2, expected);
        entry(file, "import-into", 2, expected);
    }

    private static String grouped(long n) {
        return java.text.NumberFormat.getInstance(java.util.Locale.SIMPLIFIED_CHINESE).format(n);
    }

    private static byte[] sqlite(Path file, String... statements) throws SQLException, IOException {
        execute(file, statements);
        return Files.readAllBytes(file);
    }

    private static void execute(Path file, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    // ---------------------------------------------------------------- report.json

    private void reportJson() throws IOException {
        report("syntax-extra-comma.json", edit("\"year\": 2024,", "\"year\": 2024,,"), "JSON 语法错误");
        report("truncated.json", BASE_REPORT.substring(0, BASE_REPORT.length() / 2), "JSON 语法错误");
        report("empty.json", "", "文件内容不是 JSON 对象");
        report("array.json", "[1, 2, 3]\n", "文件内容不是 JSON 对象");
        write("report-json/gbk.json", BASE_REPORT.getBytes(Charset.forName("GBK")));
        entry("report-json/gbk.json", "import-json:report.json", 2, "文件不是 UTF-8 编码：请另存为 UTF-8 后再试");
        report("year-as-text.json", edit("\"year\": 2024,", "\"year\": \"二〇二四\","),
                "settings.year: 值“二〇二四”不是有效的 ");
        report("year-implausible.json", edit("\"year\": 2024,", "\"year\": 20240,"),
                "settings: 报告年度 20240 不是合理的年份");
        report("years-as-text.json", edit("\"comparisonYears\": [\n      2023\n    ],", "\"comparisonYears\": \"2023年\","),
                "settings.comparisonYears: ");
        report("flag-as-text.json", edit("\"numberedSections\": false", "\"numberedSections\": \"否\""),
                "settings.numberedSections: 值“否”不是有效的 ");
        report("title-as-list.json", edit("\"zh\": \"绿色运营\"", "\"zh\": [\"绿色\", \"运营\"]"),
                "chapters[0].title.zh: 此处的值类型不对");
        report("unknown-language.json", edit("\"ZH\"", "\"ZH\", \"FR\""), "值“FR”不是有效的 ");
        report("width-as-text.json", edit("\"widthPercent\": 50", "\"widthPercent\": \"一半\""),
                "widthPercent: 值“一半”不是有效的 ");
        report("unknown-block-type.json", edit("\"type\": \"paragraph\"", "\"type\": \"poem\""),
                "未知的类型“poem”（可用的类型：paragraph, heading, list,");
        report("missing-block-type.json", edit("\"type\": \"paragraph\",\n", ""), "缺少 \"type\" 字段");
        report("unknown-chapter-kind.json", edit("\"kind\": \"CHAPTER\"", "\"kind\": \"POEM\""),
                "值“POEM”不是有效的 ");
        report("duplicate-ids.json", edit("\"id\": \"c1-s1-tbl\"", "\"id\": \"c1-s1-p1\""),
                "标识“c1-s1-p1”重复使用");
        report("bad-id.json", edit("\"id\": \"c1-s1-p1\"", "\"id\": \"c1 s1 p1\""), "标识“c1 s1 p1”只能含字母、数字、- 和 _");
        report("missing-id.json", edit("\"id\": \"c1-s1-p1\",\n", ""), "缺少必需的字段“id”");
        report("missing-settings.json", "{\"formatVersion\": 1, \"chapters\": []}\n", "缺少必需的字段“settings”");
        report("missing-format-version.json", edit("\"formatVersion\": 1,", ""), "缺少必需的字段“formatVersion”");
        report("newer-format.json", edit("\"formatVersion\": 1,", "\"formatVersion\": 99,"),
                "此文件的格式版本是 99，本版本只能读取到 1");
        report("unknown-field.json", edit("\"widthPercent\": 50", "\"widthPercent\": 50, \"colour\": \"red\""),
                "未知的字段“colour”");
        report("duplicate-key.json", edit("\"year\": 2024,", "\"year\": 2024, \"year\": 2023,"),
                "字段“year”在同一个对象中出现了两次");
        report("unknown-indicator.json", edit("\"indicator\": \"S.EMP.TOTAL\"", "\"indicator\": \"S.EMP.NOBODY\""),
                "引用了数据中没有的指标“S.EMP.NOBODY”");
        report("bad-markup.json", edit("用水量为{{E.WATER}}", "用水量为**{{E.WATER}}"), "加粗标记“**”只有开头没有结尾");
        report("width-out-of-range.json", edit("\"widthPercent\": 50", "\"widthPercent\": 500"),
                "图片“c1-s1-img”的宽度应为 10% 到 100%，不是 500%");
        report("unknown-asset.json", edit("\"asset\": \"ok.png\"", "\"asset\": \"missing.png\""),
                "引用了项目资源中没有的图片“missing.png”");
        report("asset-parent-path.json", edit("\"asset\": \"ok.png\"", "\"asset\": \"../../etc/passwd\""),
                "图片名称“../../etc/passwd”");
        report("asset-absolute-path.json", edit("\"asset\": \"ok.png\"", "\"asset\": \"/etc/passwd\""),
                "图片名称“/etc/passwd”");
        report("asset-windows-path.json", edit("\"asset\": \"ok.png\"", "\"asset\": \"C:\\\\Windows\\\\win.ini\""),
                "图片名称“C:\\Windows\\win.ini”");
        report("asset-inside-then-out.json", edit("\"asset\": \"ok.png\"", "\"asset\": \"assets/../../x.png\""),
                "图片名称“assets/../../x.png”");
        report("deep-nesting.json", "{\"formatVersion\": 1, \"settings\": " + "[".repeat(5000) + "]".repeat(5000)
                + "}\n", "嵌套超过 1000 层");
        report("huge-number.json", edit("\"year\": 2024,", "\"year\": " + "9".repeat(5000) + ","), "数字超过 1000 位");
    }

    private static String edit(String find, String replacement) {
        if (!BASE_REPORT.contains(find)) {
            throw new IllegalStateException("the base report has no " + find);
        }
        return BASE_REPORT.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replacement));
    }

    private void report(String name, String text, String expected) throws IOException {
        String file = "report-json/" + name;
        write(file, text.getBytes(StandardCharsets.UTF_8));
        entry(file, "import-json:report.json", 2, expected);
    }

    // ---------------------------------------------------------------- data.csv and rules.csv

    private void dataCsv() throws IOException {
        data("text-in-number.csv", BASE_DATA.replace("520,500", "五百二十,500"), "“五百二十”不是数字");
        data("missing-unit-column.csv", BASE_DATA.replace("单位,", "").replaceAll("(?m),(立方米|人),", ","),
                "缺少必需的列“单位”");
        data("duplicate-code.csv", BASE_DATA.replace("S.EMP.FEMALE,", "S.EMP.MALE,"), "指标编码“S.EMP.MALE”重复");
        data("unknown-unit.csv", BASE_DATA.replace(",立方米,", ",弗隆,"), "无法识别的单位“弗隆”");
        data("bad-code.csv", BASE_DATA.replace("E.WATER,", "e water,"), "指标编码“e water”不合规");
        data("no-year-column.csv", BASE_DATA.replace("2024,2023", "本年,上年"), "无法识别的列标题“本年”");
        data("unclosed-quote.csv", BASE_DATA.replace("1000,970,\n", "1000,970,\"备注没有闭合\n"), "以双引号开始的字段没有闭合");
        data("empty.csv", "", "文件是空的，没有表头行");
        write("data-csv/gbk.csv", BASE_DATA.getBytes(Charset.forName("GBK")));
        entry("data-csv/gbk.csv", "import-json:data.csv", 2, "文件不是 UTF-8 编码");
        entry("data-csv/gbk.csv", "import-data", 2, "UTF-8");
        entry("data-csv/text-in-number.csv", "import-data", 2, "“五百二十”不是数字");
    }

    private void data(String name, String text, String expected) throws IOException {
        String file = "data-csv/" + name;
        write(file, text.getBytes(StandardCharsets.UTF_8));
        entry(file, "import-json:data.csv", 2, expected);
    }

    private void rulesCsv() throws IOException {
        rules("unknown-code.csv", BASE_RULES.replace("S.EMP.FEMALE", "S.EMP.OTHER"), "引用了数据中没有的指标“S.EMP.OTHER”");
        rules("no-equals.csv", BASE_RULES.replace(" = ", " - "), "必须恰好含一个 =");
        rules("bad-character.csv", BASE_RULES.replace(" + ", " ＋ "), "表达式中有无法识别的字符“＋”");
        rules("unbalanced.csv", BASE_RULES.replace("= S.EMP.MALE", "= (S.EMP.MALE"), "括号不配对");
        rules("missing-columns.csv", BASE_RULES.replace("规则名称,表达式", "名称,公式"), "缺少“规则名称”和“表达式”两列");
    }

    private void rules(String name, String text, String expected) throws IOException {
        String file = "rules-csv/" + name;
        write(file, text.getBytes(StandardCharsets.UTF_8));
        entry(file, "import-json:rules.csv", 2, expected);
    }

    // ---------------------------------------------------------------- assets/ of a folder

    private void assets() throws IOException {
        byte[] png = png(64, 48);
        byte[] jpeg = jpeg(64, 48);
        asset("jpeg-named.png", jpeg, "文件扩展名表明是 image/png，但内容是 image/jpeg");
        asset("png-named.jpg", png, "文件扩展名表明是 image/jpeg，但内容是 image/png");
        asset("text-named.png", "这不是图片，是一段文字。\n".getBytes(StandardCharsets.UTF_8), "不是 PNG 或 JPEG 图片");
        asset("empty.png", new byte[0], "文件是空的");
        asset("truncated.png", Arrays.copyOf(png, png.length / 2), "图片不完整或已损坏");
        asset("truncated.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), "图片不完整或已损坏");
        asset("huge-canvas.png", hugeCanvasPng(), "图片尺寸过大（100000×100000 像素");
        asset("notes.txt", "备注\n".getBytes(StandardCharsets.UTF_8), "不支持的资源类型：只接受 PNG 和 JPEG 图片");
    }

    private void asset(String name, byte[] bytes, String expected) throws IOException {
        String file = "assets/" + name;
        write(file, bytes);
        entry(file, "import-json:assets", 2, expected);
    }

    // ---------------------------------------------------------------- workbooks for import-data

    private void workbooks(Path work) throws IOException {
        Path kpi = workbookFixture("kpi-zh.xlsx");
        String padding = " ".repeat(4 * 1024 * 1024);
        book("zip-bomb.xlsx", zipEdited(kpi, Map.of("xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<sheetData>", "<sheetData>" + padding))),
                "工作簿解压后的内容异常庞大（疑似“压缩炸弹”），为安全起见未读取");
        book("xxe.xlsx", zipEdited(kpi, Map.of("xl/sharedStrings.xml", xml -> xml
                        .replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                        .replaceFirst("<t>指标编码</t>", "<t>&xxe;</t>")
                        .replaceFirst("<t xml:space=\"preserve\">指标编码</t>", "<t>&xxe;</t>"))),
                "工作簿的 XML 中含有 DOCTYPE 声明");
        book("external-link.xlsx", Files.readAllBytes(workbookFixture("external-link.xlsx")),
                "引用了另一个文件（hr-ledger.ods）");
        book("external-formula.xlsx", zipEdited(kpi, Map.of("xl/worksheets/sheet1.xml",
                xml -> replaceFormula(xml, "[other.xlsx]Sheet1!A1"))), "公式 =[other.xlsx]Sheet1!A1 引用了另一个文件（other.xlsx）");
        book("text-in-number.xlsx", Files.readAllBytes(workbookFixture("bad-text-in-number.xlsx")), "“约三千”不是数字");
        book("merged-header.xlsx", mergedHeader(work), "无法识别的列标题");
        book("huge-dimension.xlsx", zipEdited(kpi, Map.of("xl/worksheets/sheet1.xml", BadInputCorpusGenerator::farCell)),
                "指标数据!A1048576: 指标编码为空");
        book("huge-merge.xlsx", zipEdited(kpi, Map.of("xl/worksheets/sheet1.xml", BadInputCorpusGenerator::hugeMerge)),
                "重复");
        book("circular-formula.xlsx", circular(work), "直接或间接引用了自身（循环引用）");
        book("web-function.xlsx", TestWorkbooksAccess.written(work.resolve("web.xlsx"), "WEBSERVICE(\"http://example.com/kpi\")"),
                "用到了无法计算的函数 WEBSERVICE");
        book("xls-renamed.xlsx", Files.readAllBytes(workbookFixture("kpi-zh.xls")), "是旧版 Excel 97-2003 工作簿（.xls）");
        book("ods-renamed.xlsx", Files.readAllBytes(workbookFixture("kpi-zh.ods")), "是 OpenDocument 表格（.ods）");
        book("docx-renamed.xlsx", Files.readAllBytes(draftFixture()), "不是 Excel 工作簿（.xlsx）");
        book("empty.xlsx", new byte[0], "文件是空的（0 字节），不是工作簿");
        book("notes.xlsx", "这不是工作簿\n".getBytes(StandardCharsets.UTF_8), "不是 Excel 工作簿（.xlsx）");
        byte[] kpiBytes = Files.readAllBytes(kpi);
        book("truncated.xlsx", Arrays.copyOf(kpiBytes, kpiBytes.length / 2), "工作簿已损坏或不完整，可能在复制或下载时被截断");
        book("encrypted.xlsx", Files.readAllBytes(TestWorkbooks.encrypted(kpi, work.resolve("locked.xlsx"), "密码123")),
                "工作簿设有打开密码（已加密）");
        fuzzFindingsInWorkbooks(kpi);
    }

    /** The workbooks the fuzzer found POI failing on (docs/reliability/fuzzing.md), each made by hand. */
    private void fuzzFindingsInWorkbooks(Path kpi) throws IOException {
        String sheet = "xl/worksheets/sheet1.xml";
        String strings = "xl/sharedStrings.xml";
        book("fuzz-cell-of-unknown-type.xlsx", zipEdited(kpi, Map.of(sheet,
                xml -> xml.replace("</sheetData>", "<row r=\"30\"><c r=\"A30\" t=\"Ks\"><v>1</v></c></row></sheetData>"))),
                "指标数据!A30: 单元格存储的内容无法读取");
        book("fuzz-number-cell-without-number.xlsx", zipEdited(kpi, Map.of(sheet,
                xml -> xml.replace("</sheetData>", "<row r=\"30\"><c r=\"C30\"><v>一百</v></c></row></sheetData>"))),
                "指标数据!C30: 单元格存储的内容无法读取");
        book("fuzz-sheet-without-name.xlsx", zipEdited(kpi, Map.of("xl/workbook.xml",
                xml -> xml.replaceFirst("<sheet name=", "<sheet dame="))), "第 1 个工作表没有名称");
        book("fuzz-shared-string-without-text.xlsx", zipEdited(kpi, Map.of(strings,
                xml -> xml.replaceFirst("<si><t[^>]*>指标编码</t></si>", "<si/>"))), "指标数据!A1: 单元格存储的内容无法读取");
        book("fuzz-rich-text-font-without-name.xlsx", zipEdited(kpi, Map.of(strings,
                xml -> xml.replaceFirst("<si><t[^>]*>指标编码</t></si>",
                        "<si><r><rPr><rFont/><sz val=\"10\"/></rPr><t>指标编码</t></r></si>"))),
                "指标数据!A1: 单元格存储的内容无法读取");
        book("fuzz-merged-range-without-reference.xlsx", zipEdited(kpi, Map.of(sheet,
                xml -> xml.replace("<mergeCell ref=\"E3:E4\"/>", "<mergeCell/>"))), "工作表“指标数据”中有一个合并单元格区域没有注明范围");
        book("fuzz-merged-range-backwards.xlsx", zipEdited(kpi, Map.of(sheet,
                xml -> xml.replace("<mergeCell ref=\"E3:E4\"/>", "<mergeCell ref=\"E4:E3\"/>"))),
                "工作表“指标数据”中有一个合并单元格区域的范围无效（终点在起点之前）");
        book("fuzz-part-compressed-with-zstandard.xlsx", TestWorkbooks.withCompressionMethod(Files.readAllBytes(kpi), sheet, ZSTANDARD),
                "采用了 Office 程序不使用的压缩方式（ZstdInputStream）");
    }

    private void book(String name, byte[] bytes, String expected) throws IOException {
        String file = "xlsx/" + name;
        write(file, bytes);
        entry(file, "import-data", 2, expected);
    }

    /** The first formula of a sheet replaced by another (its cached value dropped). */
    private static String replaceFormula(String xml, String formula) {
        String replaced = xml.replaceFirst("<f[^>]*>[^<]*</f>(<v>[^<]*</v>)?", "<f>" + formula.replace("$", "\\$") + "</f>");
        if (replaced.equals(xml)) {
            throw new IllegalStateException("the sheet has no formula");
        }
        return replaced;
    }

    /** A sheet that declares the whole grid and has a cell in its very last row and column. */
    private static String farCell(String xml) {
        return xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:XFD1048576\"/>")
                .replace("</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>远处的单元格</t></is></c>"
                        + "</row></sheetData>");
    }

    /** A sheet with a merged region over (almost) the whole grid: every code below A3 reads as A3's. */
    private static String hugeMerge(String xml) {
        String merge = "<mergeCell ref=\"A3:XFD1048576\"/>";
        if (xml.contains("<mergeCells")) {
            return xml.replaceFirst("<mergeCells count=\"(\\d+)\">", "<mergeCells count=\"$1\">" + merge);
        }
        return xml.replace("</sheetData>", "</sheetData><mergeCells count=\"1\">" + merge + "</mergeCells>");
    }

    private static byte[] mergedHeader(Path work) throws IOException {
        return TestWorkbooksAccess.mergedHeader(work.resolve("merged.xlsx"));
    }

    private static byte[] circular(Path work) throws IOException {
        return TestWorkbooksAccess.circular(work.resolve("circular.xlsx"));
    }

    // ---------------------------------------------------------------- Word drafts for import-docx

    private void drafts(Path work) throws IOException {
        Path draft = draftFixture();
        String padding = " ".repeat(4 * 1024 * 1024);
        docx("zip-bomb.docx", zipEdited(draft, Map.of("word/document.xml",
                xml -> xml.replaceFirst("<w:body>", "<w:body>" + padding))),
                "文档解压后的内容异常庞大（疑似“压缩炸弹”），为安全起见未读取");
        docx("xxe.docx", zipEdited(draft, Map.of("word/document.xml", xml -> xml
                        .replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                        .replace("践行绿色运营</w:t>", "&xxe;</w:t>"))),
                "文档的 XML 中含有 DOCTYPE 声明（可能引用外部实体或本机文件），为安全起见未读取");
        docx("doc-renamed.docx", Files.readAllBytes(draftFixture("green-operations.doc")), "是旧版 Word 97-2003 文档（.doc）");
        docx("odt-renamed.docx", Files.readAllBytes(draftFixture("green-operations.odt")), "是 OpenDocument 文档（.odt）");
        docx("xlsx-renamed.docx", Files.readAllBytes(workbookFixture("kpi-zh.xlsx")), "是 Excel 工作簿，不是 Word 文档");
        docx("xls-renamed.docx", Files.readAllBytes(workbookFixture("kpi-zh.xls")), "是 Excel 工作簿，不是 Word 文档");
        docx("empty.docx", new byte[0], "文件是空的（0 字节），不是 Word 文档");
        docx("notes.docx", "这是一段纯文本，不是 Word 文档\n".getBytes(StandardCharsets.UTF_8), "不是 Word 文档（.docx）");
        byte[] draftBytes = Files.readAllBytes(draft);
        docx("truncated.docx", Arrays.copyOf(draftBytes, draftBytes.length / 2), "文档已损坏或不完整，可能在复制或下载时被截断");
        docx("encrypted.docx", Files.readAllBytes(TestWorkbooks.encrypted(draft, work.resolve("locked.docx"), "secret")),
                "文档设有打开密码（已加密）");
        docx("no-chapter-heading.docx", zipEdited(draft, Map.of("word/document.xml",
                xml -> xml.replace("w:val=\"Heading1\"", "w:val=\"TextBody\""))), "位于第一个一级标题（章）之前，无处可放");
        // Pictures: a draft's picture is taken by its bytes; one that is not a picture, or is damaged, is left out
        // with a note (decision 0013) and the rest of the draft is imported.
        byte[] png = png(64, 48);
        picture("picture-text-named-png.docx", draft, "这不是图片\n".getBytes(StandardCharsets.UTF_8),
                "图片不是 PNG、JPEG 或 GIF");
        picture("picture-truncated-png.docx", draft, Arrays.copyOf(png, png.length / 2), "图片不完整或已损坏，未导入");
        picture("picture-huge-canvas.docx", draft, hugeCanvasPng(), "图片尺寸过大");
        picture("picture-jpeg-named-png.docx", draft, jpeg(64, 48), "1 张图片");
        // What the fuzzer found POI failing on (docs/reliability/fuzzing.md), each made by hand.
        docx("fuzz-document-without-body.docx", zipEdited(draft, Map.of("word/document.xml",
                xml -> xml.replaceFirst("(?s)<w:body>.*</w:body>", ""))), "文档中没有可导入的内容（标题、段落、表格或图片）");
        docx("fuzz-part-compressed-with-zstandard.docx",
                TestWorkbooks.withCompressionMethod(Files.readAllBytes(draft), "word/document.xml", ZSTANDARD), "采用了 Office 程序不使用的压缩方式（ZstdInputStream）");
        String file = "docx/fuzz-numbering-without-id.docx";
        write(file, zipEdited(draft, Map.of("word/numbering.xml", xml -> xml.replaceAll("<w:num w:numId=\"\\d+\">", "<w:num>"))));
        entry(file, "import-docx", 0, "已导入");
    }

    private void docx(String name, byte[] bytes, String expected) throws IOException {
        String file = "docx/" + name;
        write(file, bytes);
        entry(file, "import-docx", 2, expected);
    }

    private void picture(String name, Path draft, byte[] picture, String expected) throws IOException {
        String file = "docx/" + name;
        write(file, zipReplaced(draft, "word/media/image1.png", picture));
        entry(file, "import-docx", 0, expected);
    }

    // ---------------------------------------------------------------- bytes

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xA5D6A7));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Random noise = new Random(width * 31L + height);
        for (int i = 0; i < width * height / 4; i++) {
            image.setRGB(noise.nextInt(width), noise.nextInt(height), noise.nextInt(0xFFFFFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1565C0));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawLine(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A well-formed PNG whose header claims 100000 × 100000 pixels (ten billion) over a few bytes of data. */
    static byte[] hugeCanvasPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[30_001]);
        deflater.finish();
        byte[] buffer = new byte[1024];
        int length = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        chunk(out, "IDAT", Arrays.copyOf(buffer, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A copy of a zip with some entries' text rewritten; entries are written with a fixed time (stable bytes). */
    static byte[] zipEdited(Path source, Map<String, UnaryOperator<String>> edits) throws IOException {
        Map<String, UnaryOperator<byte[]>> byteEdits = new LinkedHashMap<>();
        edits.forEach((name, edit) -> byteEdits.put(name,
                bytes -> edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        return zipCopy(source, byteEdits);
    }

    static byte[] zipReplaced(Path source, String entry, byte[] bytes) throws IOException {
        return zipCopy(source, Map.of(entry, old -> bytes));
    }

    private static byte[] zipCopy(Path source, Map<String, UnaryOperator<byte[]>> edits) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int edited = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(buffer)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                UnaryOperator<byte[]> edit = edits.get(entry.getName());
                if (edit != null) {
                    bytes = edit.apply(bytes);
                    edited++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(ZIP_TIME);
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (edited != edits.size()) {
            throw new IllegalStateException(source + " lacks one of " + edits.keySet());
        }
        return buffer.toByteArray();
    }

    /** The zip method number of Zstandard, which Office programs do not write and the studio does not read. */
    private static final int ZSTANDARD = 93;

    // ---------------------------------------------------------------- files

    private static Path workbookFixture(String name) {
        return TestWorkbooks.fixture(name);
    }

    private static Path draftFixture() {
        return draftFixture("green-operations.docx");
    }

    private static Path draftFixture(String name) {
        Path path = Path.of("src", "test", "resources", "office", "draft", name).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("run from the project folder; " + path + " is missing");
        }
        return path;
    }

    private void write(String file, byte[] bytes) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }

    private void entry(String file, String command, int exit, String expected) {
        if (expected.contains("\t") || expected.contains("\n")) {
            throw new IllegalArgumentException(expected);
        }
        manifest.add(file + "\t" + command + "\t" + exit + "\t" + expected);
    }

    private static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Workbooks only POI can write (merged header, circular and uncomputable formulas), through {@link TestWorkbooks}. */
    private static final class TestWorkbooksAccess {
        static byte[] written(Path target, String formula) throws IOException {
            TestWorkbooks.written(target, Map.of("指标数据", List.of(
                    List.of("指标编码", "指标名称", "单位", "2024"),
                    List.of("E.WATER", "用水量", "立方米", "=" + formula))));
            return Files.readAllBytes(target);
        }

        /** A two-row header: 年份 merged over the two year columns, the years below it. */
        static byte[] mergedHeader(Path target) throws IOException {
            TestWorkbooks.written(target, Map.of("指标数据", List.of(
                    Arrays.asList("指标编码", "指标名称", "单位", "年份", null),
                    Arrays.asList(null, null, null, 2024, 2023),
                    List.of("E.WATER", "用水量", "立方米", 12345, 11980))));
            return zipEditedBytes(target, "xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>",
                    "</sheetData><mergeCells count=\"4\"><mergeCell ref=\"D1:E1\"/><mergeCell ref=\"A1:A2\"/>"
                            + "<mergeCell ref=\"B1:B2\"/><mergeCell ref=\"C1:C2\"/></mergeCells>"));
        }

        static byte[] circular(Path target) throws IOException {
            TestWorkbooks.written(target, Map.of("指标数据", List.of(
                    List.of("指标编码", "指标名称", "单位", "2024", "2023"),
                    List.of("E.WATER", "用水量", "立方米", "=E2+1", "=D2-1"))));
            return Files.readAllBytes(target);
        }

        private static byte[] zipEditedBytes(Path file, String entry, UnaryOperator<String> edit) throws IOException {
            return zipEdited(file, Map.of(entry, edit));
        }
    }

}
