package org.esgstudio.office.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.esgstudio.model.Asset;
import org.esgstudio.model.LocalizedText;

/**
 * Pictures from the project's assets (PNG or JPEG), centred at their share of the text width and at most 20 cm tall,
 * with the caption below; a missing or unreadable asset is named in its place.
 */
final class Pictures {
    private static final long EMU_PER_TWIP = 635;
    private static final long MAX_HEIGHT_EMU = 20L * 360_000;
    private final ReviewContext context;

    Pictures(ReviewContext context) {
        this.context = context;
    }

    void image(Body body, String name, LocalizedText caption, int widthPercent, boolean inCase) {
        Asset asset = context.project.asset(name).orElse(null);
        String type = asset == null ? null : asset.sniffedMediaType();
        int[] size = type == null ? null : pixels(asset.bytes());
        XWPFParagraph paragraph = context.paragraph(body, WordStyles.NORMAL);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        if (size == null) {
            context.plain(paragraph, context.text("docx.export.imageMissing", name), RunWriter.Look.BOLD);
        } else {
            long width = WordStyles.TEXT_WIDTH_TWIPS * EMU_PER_TWIP * widthPercent / 100 * (inCase ? 85 : 100) / 100;
            long height = width * size[1] / size[0];
            if (height > MAX_HEIGHT_EMU) {
                width = width * MAX_HEIGHT_EMU / height;
                height = MAX_HEIGHT_EMU;
            }
            try {
                paragraph.createRun().addPicture(new ByteArrayInputStream(asset.bytes()),
                        type.equals("image/png") ? PictureType.PNG : PictureType.JPEG, name, (int) width, (int) height);
                context.imageWritten();
            } catch (InvalidFormatException | IOException e) {
                context.plain(paragraph, context.text("docx.export.imageMissing", name), RunWriter.Look.BOLD);
            }
        }
        if (!caption.isEmpty()) {
            context.plain(context.paragraph(body, WordStyles.CAPTION), context.pick(caption), RunWriter.Look.PLAIN);
        }
    }

    /** Width and height in pixels from the image's header, or null when no reader knows it. */
    private static int[] pixels(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? new int[] {width, height} : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
