package org.esgstudio.office.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.model.Asset;
import org.esgstudio.model.ImageCheck;
import org.esgstudio.office.TestWorkbooks;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts made to hurt: one too long to import in reasonable time, pictures that are damaged, claim billions of pixels
 * or lie about their type. The long one is refused before POI loads it; a bad picture is left out with a note saying
 * where it was (decision 0013) and never stored.
 */
class HostileDraftTest {
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

    @Test
    void aDraftOfMoreThanTenThousandParagraphsIsRefusedBeforeItIsLoaded() {
        String paragraphs = "<w:p><w:r><w:t>一段很短的文字。</w:t></w:r></w:p>".repeat((int) DraftImport.MAX_PARAGRAPHS);
        Path longDraft = TestWorkbooks.withEntries(TestDrafts.greenOperations(), dir.resolve("long.docx"),
                Map.of("word/document.xml", xml -> xml.replaceFirst("<w:sectPr", paragraphs + "<w:sectPr")));

        try {
            DraftImport.read(longDraft, sample, Optional.empty());
            throw new AssertionError("a draft of 10,000 more paragraphs was imported");
        } catch (UserFacingException e) {
            assertThat(e.getMessage()).isEqualTo(longDraft + ": 文档过大（超过 10000 个段落或 200000 个文字片段），"
                    + "不是一章草稿应有的篇幅，为免长时间占用未读取：请按章拆分后分别导入");
        }
    }

    @Test
    void aTruncatedPictureIsLeftOutWithANoteAndTheRestIsImported() throws IOException {
        byte[] png = TestDrafts.greenOperationsPicture();
        DraftImport.Result result = importWithPicture(Arrays.copyOf(png, png.length - 20));

        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("图片不完整或已损坏，未导入：请在 Word 中重新插入这张图片"));
        assertThat(result.counts().images()).isZero();
        assertThat(addedAssets(result)).isEmpty();
    }

    @Test
    void aPictureClaimingBillionsOfPixelsIsLeftOutWithANote() throws IOException {
        DraftImport.Result result = importWithPicture(hugeCanvas());

        assertThat(result.notes()).anySatisfy(note -> assertThat(note)
                .contains("图片尺寸过大（100000×100000 像素），未导入：请缩小后重新插入"));
        assertThat(addedAssets(result)).isEmpty();
    }

    @Test
    void aJpegStoredUnderAPngNameIsImportedAsTheJpegItIs() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);

        DraftImport.Result result = importWithPicture(jpeg.toByteArray());

        assertThat(addedAssets(result)).singleElement().satisfies(asset -> {
            assertThat(asset.name()).endsWith(".jpg");
            assertThat(ImageCheck.problem(asset.name(), asset.bytes())).isEmpty();
        });
    }

    private DraftImport.Result importWithPicture(byte[] picture) throws IOException {
        Path draft = dir.resolve("picture.docx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(TestDrafts.greenOperations()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(draft))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("word/media/image1.png") ? picture : bytes);
                out.closeEntry();
            }
        }
        return DraftImport.read(draft, sample, Optional.empty());
    }

    private static java.util.List<Asset> addedAssets(DraftImport.Result result) {
        return result.project().assets().stream().filter(asset -> !sample.assets().contains(asset)).toList();
    }

    /** A well-formed PNG whose header claims 100000 × 100000 pixels. */
    private static byte[] hugeCanvas() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src", "test", "resources", "bad-inputs", "assets",
                "huge-canvas.png"))) {
            byte[] bytes = in.readAllBytes();
            assertThat(new String(bytes, 12, 4, StandardCharsets.ISO_8859_1)).isEqualTo("IHDR");
            return bytes;
        }
    }

    @Test
    void aDocumentWithoutABodyIsAnEmptyDraft() {
        Path bodiless = TestWorkbooks.withEntries(TestDrafts.greenOperations(), dir.resolve("bodiless.docx"),
                Map.of("word/document.xml", xml -> xml.replaceFirst("(?s)<w:body>.*</w:body>", "")));

        try {
            DraftImport.read(bodiless, sample, Optional.empty());
            throw new AssertionError("a document without a body was imported");
        } catch (UserFacingException e) {
            assertThat(e.getMessage()).isEqualTo(bodiless + ": 文档中没有可导入的内容（标题、段落、表格或图片）");
        }
    }

    @Test
    void aDocumentWhosePartsAreCompressedWithZstandardIsRefusedAsDamaged() throws IOException {
        // Found by DraftFuzzTest: the zip layer asked for a Zstandard decoder, a library that is not shipped.
        Path zstd = dir.resolve("zstd.docx");
        try (var in = getClass().getResourceAsStream("DraftFuzzTestInputs/importingAnyDraftFile/part-compressed-with-zstandard")) {
            java.nio.file.Files.copy(in, zstd);
        }

        try {
            DraftImport.read(zstd, sample, Optional.empty());
            throw new AssertionError("a Zstandard-compressed document was imported");
        } catch (UserFacingException e) {
            assertThat(e.getMessage()).startsWith(zstd + ": 文档已损坏或不完整").contains("采用了 Office 程序不使用的压缩方式（ZstdInputStream）");
        }
    }

    @Test
    void aListWhoseNumberingHasNoIdIsImportedAsText() {
        // Found by DraftFuzzTest: POI threw NullPointerException looking up a <w:num> without its w:numId.
        Path broken = TestWorkbooks.withEntries(TestDrafts.greenOperations(), dir.resolve("numbering.docx"),
                Map.of("word/numbering.xml", xml -> xml.replace("<w:num w:numId=\"1\">", "<w:num>")
                        .replace("<w:num w:numId=\"2\">", "<w:num>").replace("<w:num w:numId=\"3\">", "<w:num>")));

        DraftImport.Result result = DraftImport.read(broken, sample, Optional.empty());

        assertThat(result.project().report().chapters()).hasSizeGreaterThan(sample.report().chapters().size());
    }
}
