package org.esgstudio.office.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.office.OfficePackage;
import org.esgstudio.office.TestWorkbooks;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts that cannot be imported: each refused with one message naming the file, and the project left as it was. */
class DraftBadInputTest {
    private static Project sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void sample() {
        sample = Samples.read(Samples.QINGHE);
    }

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** The refusal's message; the sample passed in must be unchanged (it is immutable, so compare with a fresh read). */
    private static String refusal(Path file) {
        try {
            DraftImport.read(file, sample, Optional.empty());
        } catch (UserFacingException e) {
            assertThat(sample).isEqualTo(Samples.read(Samples.QINGHE));
            return e.getMessage();
        }
        throw new AssertionError(file + " was imported");
    }

    @Test
    void anOldWordDocumentIsRefusedWithSaveAsDocx() {
        Path doc = TestDrafts.fixture("green-operations.doc");

        assertThat(refusal(doc)).isEqualTo(doc + ": 是旧版 Word 97-2003 文档（.doc），无法导入："
                + "请在 Word 或 WPS 中“另存为” Word 文档（.docx）后再导入");
    }

    @Test
    void aDocRenamedToDocxIsStillRecognised() throws IOException {
        Path renamed = Files.copy(TestDrafts.fixture("green-operations.doc"), dir.resolve("renamed.docx"));

        assertThat(refusal(renamed)).startsWith(renamed + ": 是旧版 Word 97-2003 文档（.doc）");
    }

    @Test
    void anOpenDocumentTextIsRefusedWithSaveAsDocx() {
        Path odt = TestDrafts.fixture("green-operations.odt");

        assertThat(refusal(odt)).isEqualTo(odt + ": 是 OpenDocument 文档（.odt），不能直接导入："
                + "请在 WPS、LibreOffice 或 Word 中另存为 Word 文档（.docx）后再导入");
    }

    @Test
    void aWorkbookRenamedToDocxIsNamedAsAWorkbook() throws IOException {
        Path xlsx = Files.copy(TestWorkbooks.fixture("kpi-zh.xlsx"), dir.resolve("draft.docx"));
        Path xls = Files.copy(TestWorkbooks.fixture("kpi-zh.xls"), dir.resolve("old-draft.docx"));

        assertThat(refusal(xlsx)).isEqualTo(xlsx + ": 是 Excel 工作簿，不是 Word 文档：章节草稿请用 Word 文档（.docx）导入，"
                + "指标数据工作簿请用 import-data 导入");
        assertThat(refusal(xls)).startsWith(xls + ": 是 Excel 工作簿，不是 Word 文档");
    }

    @Test
    void aPasswordProtectedDraftIsRefused() {
        Path locked = TestWorkbooks.encrypted(TestDrafts.greenOperations(), dir.resolve("locked.docx"), "secret");

        assertThat(refusal(locked)).isEqualTo(locked + ": 文档设有打开密码（已加密），无法读取：请在 Word 中删除密码"
                + "（文件 › 信息 › 保护文档 › 用密码进行加密）并保存后再导入");
    }

    @Test
    void aTruncatedDraftIsRefusedAsDamaged() throws IOException {
        byte[] bytes = Files.readAllBytes(TestDrafts.greenOperations());
        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(refusal(cut)).startsWith(cut + ": 文档已损坏或不完整，可能在复制或下载时被截断（")
                .endsWith("）：请重新获取文件").doesNotContain("Exception");
    }

    @Test
    void aFileThatIsNotAZipIsNotAWordDocument() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.docx"), "这是一段纯文本，不是 Word 文档\n");
        Path empty = Files.write(dir.resolve("empty.docx"), new byte[0]);

        assertThat(refusal(text)).isEqualTo(text + ": 不是 Word 文档（.docx）：只能导入 Word 文档（.docx）");
        assertThat(refusal(empty)).isEqualTo(empty + ": 文件是空的（0 字节），不是 Word 文档");
        assertThat(refusal(dir.resolve("missing.docx"))).isEqualTo(dir.resolve("missing.docx") + ": 文件不存在");
        assertThat(refusal(dir)).isEqualTo(dir + ": 不是文件");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.docx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(Files.readAllBytes(TestDrafts.greenOperations()));
            file.setLength(OfficePackage.MAX_BYTES + 1);
        }

        assertThat(refusal(huge)).isEqualTo(huge + ": 文件过大（上限 20 MB）");
    }

    @Test
    void aZipBombIsRefusedByPoisDefaultProtection() {
        String padding = " ".repeat(4 * 1024 * 1024);
        Path bomb = TestWorkbooks.withEntries(TestDrafts.greenOperations(), dir.resolve("bomb.docx"),
                Map.of("word/document.xml", xml -> xml.replaceFirst("<w:body>", "<w:body>" + padding)));

        assertThat(refusal(bomb)).isEqualTo(bomb + ": 文档解压后的内容异常庞大（疑似“压缩炸弹”），为安全起见未读取");
    }

    @Test
    void anXmlExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "绝密内容");
        Path xxe = TestWorkbooks.withEntries(TestDrafts.greenOperations(), dir.resolve("xxe.docx"),
                Map.of("word/document.xml", xml -> xml
                        .replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                        .replace("践行绿色运营</w:t>", "&xxe;</w:t>")));

        String message = refusal(xxe);

        assertThat(message).isEqualTo(xxe + ": 文档的 XML 中含有 DOCTYPE 声明（可能引用外部实体或本机文件），为安全起见未读取："
                + "请在 Word 或 WPS 中另存为新的 .docx 后再导入");
        assertThat(message).doesNotContain("绝密内容");
    }

    @Test
    void contentBeforeTheFirstChapterHeadingIsRefusedNamingItsParagraph() {
        Path noChapter = TestWorkbooks.withEntries(TestDrafts.greenOperations(), dir.resolve("no-chapter.docx"),
                Map.of("word/document.xml", xml -> xml.replace("w:val=\"Heading1\"", "w:val=\"TextBody\"")));

        assertThatThrownBy(() -> DraftImport.read(noChapter, sample, Optional.empty()))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("no-chapter.docx › 第 2 段: 位于第一个一级标题（章）之前，无处可放：请把章标题设为“标题 1”样式，"
                        + "或用 --into 指定导入到哪一章");
        assertThat(DraftImport.read(noChapter, sample, Optional.of("5")).counts().sections())
                .as("with --into it has a place").isEqualTo(4);
    }
}
