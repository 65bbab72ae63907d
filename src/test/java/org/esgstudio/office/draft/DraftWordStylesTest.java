package org.esgstudio.office.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.esgstudio.data.Project;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Asset;
import org.esgstudio.model.Block;
import org.esgstudio.model.CaseStudy;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Heading;
import org.esgstudio.model.Image;
import org.esgstudio.model.LocalizedText;
import org.esgstudio.model.Paragraph;
import org.esgstudio.model.Section;
import org.esgstudio.model.TextTable;
import org.esgstudio.office.TestWorkbooks;
import org.esgstudio.store.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A draft written by POI the way Word and WPS write theirs: heading styles found by name whatever their id (Word's
 * "Heading1"/"heading 1", WPS' numeric ids "2" and "3" named "heading 2" and "标题 3"), a heading by outline level
 * alone, bold from a character style, a Word footnote, pictures in a plain {@code w:drawing} (PNG, a GIF stored as
 * PNG, BMP bytes named .png left out), and VML-only text boxes (one a case study, one ordinary content).
 */
class DraftWordStylesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static void style(XWPFStyles styles, String id, String name, STStyleType.Enum type, Integer outline,
                              boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(type);
        style.addNewName().setVal(name);
        if (outline != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        if (bold) {
            style.addNewRPr().addNewB();
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        if (text != null) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 12; y++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? Color.GREEN.getRGB() : Color.WHITE.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static void picture(XWPFDocument document, byte[] bytes, PictureType type, String name) throws Exception {
        document.createParagraph().createRun().addPicture(new ByteArrayInputStream(bytes), type, name, 914400, 685800);
    }

    /** A run holding a VML text box (w:pict/v:shape/v:textbox/w:txbxContent), as older Word and WPS write them. */
    private static String vmlTextBox(String... paragraphs) {
        StringBuilder content = new StringBuilder();
        for (String text : paragraphs) {
            content.append("<w:p><w:r><w:t>").append(text).append("</w:t></w:r></w:p>");
        }
        return "<w:r><w:pict xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:shape style=\"width:400pt;height:80pt\">"
                + "<v:textbox><w:txbxContent>" + content + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
    }

    private Path draft() throws Exception {
        Path written = dir.resolve("poi-written.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(written)) {
            XWPFStyles styles = document.createStyles();
            style(styles, "Title", "Title", STStyleType.PARAGRAPH, null, true);
            style(styles, "Heading1", "heading 1", STStyleType.PARAGRAPH, 0, true);
            style(styles, "2", "heading 2", STStyleType.PARAGRAPH, null, true);
            style(styles, "3", "标题 3", STStyleType.PARAGRAPH, null, true);
            style(styles, "Caption", "caption", STStyleType.PARAGRAPH, null, false);
            style(styles, "Strong", "Strong", STStyleType.CHARACTER, null, true);

            paragraph(document, "Title", "社会责任草稿");
            paragraph(document, "Heading1", "社会责任");
            paragraph(document, "2", "员工关爱");
            XWPFParagraph text = paragraph(document, null, "公司");
            XWPFRun bold = text.createRun();
            bold.setBold(true);
            bold.setText("关爱员工");
            XWPFRun strong = text.createRun();
            strong.setStyle("Strong");
            strong.setText("身心健康");
            text.createRun().setText("，全年组织体检");
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText("体检覆盖全部在职员工。");
            text.addFootnoteReference(footnote);
            text.createRun().setText("。");
            paragraph(document, "3", "心理健康");
            paragraph(document, null, "开通员工心理热线。");
            paragraph(document, "3", "案例：健康讲座");
            paragraph(document, null, "邀请医生讲解颈椎保健。");
            XWPFParagraph outlined = paragraph(document, null, "社区公益");
            outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            paragraph(document, null, "志愿服务时长持续增加。");
            picture(document, image("png"), PictureType.PNG, "volunteers.png");
            paragraph(document, "Caption", "图 2：志愿者在社区（示意）");
            picture(document, image("gif"), PictureType.GIF, "poster.gif");
            paragraph(document, null, "图3 活动海报");
            paragraph(document, null, "TEXTBOX-CASE");
            paragraph(document, null, "TEXTBOX-PLAIN");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("项目");
            table.getRow(0).getCell(1).setText("说明");
            table.getRow(1).getCell(0).setText("义诊");
            table.getRow(1).getCell(1).setText("每季度一次");
            // BMP bytes in a part named .png: the bytes decide, not the name.
            picture(document, image("bmp"), PictureType.PNG, "scan.png");
            document.write(out);
        }
        return TestWorkbooks.withEntries(written, dir.resolve("draft.docx"), Map.of("word/document.xml", xml -> xml
                .replace("<w:r><w:t>TEXTBOX-CASE</w:t></w:r>", vmlTextBox("案例二：社区义诊", "医务志愿者走进社区，为老人测量血压。"))
                .replace("<w:r><w:t>TEXTBOX-PLAIN</w:t></w:r>", vmlTextBox("温馨提示：活动照片已获本人同意使用。"))));
    }

    private static Section section(Chapter chapter, String title) {
        return chapter.sections().stream().filter(s -> s.title().zh().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void headingStylesAreFoundByNameOrOutlineLevelWhateverTheirIds() throws Exception {
        Project sample = Samples.read(Samples.QINGHE);
        DraftImport.Result result = DraftImport.read(draft(), sample, Optional.empty());

        List<Chapter> chapters = result.project().report().chapters();
        Chapter chapter = chapters.get(chapters.size() - 1);
        assertThat(chapter.title().zh()).isEqualTo("社会责任");
        assertThat(chapter.sections()).extracting(s -> s.title().zh()).containsExactly("员工关爱", "社区公益");
        List<Block> care = section(chapter, "员工关爱").blocks();
        assertThat(care.get(1)).isEqualTo(new Heading(care.get(1).id(), 1, LocalizedText.zh("心理健康")));
        Paragraph first = (Paragraph) care.get(0);
        assertThat(first.text().zh()).isEqualTo("公司**关爱员工身心健康**，全年组织体检[^" + first.notes().get(0).id() + "]。");
        assertThat(first.notes().get(0).text().zh()).isEqualTo("体检覆盖全部在职员工。");
        assertThat(care.get(3)).as("a sub-head beginning 案例 opens a case study")
                .isInstanceOfSatisfying(CaseStudy.class, c -> {
                    assertThat(c.title().zh()).isEqualTo("健康讲座");
                    assertThat(c.body()).extracting(b -> ((Paragraph) b).text().zh()).containsExactly("邀请医生讲解颈椎保健。");
                });
        assertThat(care).hasSize(4);
    }

    @Test
    void picturesBecomeAssetsByTheirBytesAndTextBoxesAreRead() throws Exception {
        Project sample = Samples.read(Samples.QINGHE);
        DraftImport.Result result = DraftImport.read(draft(), sample, Optional.empty());

        List<Chapter> chapters = result.project().report().chapters();
        List<Block> community = section(chapters.get(chapters.size() - 1), "社区公益").blocks();
        assertThat(community).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Paragraph", "Image", "Image", "CaseStudy", "Paragraph", "TextTable");
        assertThat(community.subList(1, 3)).extracting(b -> ((Image) b).asset(), b -> ((Image) b).caption().zh())
                .containsExactly(tuple("draft-1.png", "志愿者在社区（示意）"), tuple("draft-2.png", "活动海报"));
        Asset gif = result.project().asset("draft-2.png").orElseThrow();
        assertThat(gif.sniffedMediaType()).as("a GIF is stored as PNG").isEqualTo("image/png");
        assertThat(result.project().asset("draft-1.png").orElseThrow().bytes()).isEqualTo(image("png"));
        CaseStudy study = (CaseStudy) community.get(3);
        assertThat(study.title().zh()).isEqualTo("社区义诊");
        assertThat(study.body()).extracting(b -> ((Paragraph) b).text().zh()).containsExactly("医务志愿者走进社区，为老人测量血压。");
        assertThat(((Paragraph) community.get(4)).text().zh()).isEqualTo("温馨提示：活动照片已获本人同意使用。");
        assertThat(((TextTable) community.get(5)).rows().get(0).cells()).extracting(LocalizedText::zh)
                .containsExactly("义诊", "每季度一次");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("（“社区公益”之下）：图片不是 PNG、JPEG 或 GIF"));
        assertThat(result.project().assets()).hasSize(sample.assets().size() + 2);
    }
}
