package org.esgstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pictures are read to their end marker, by their bytes, and refused when damaged, lying or absurdly large. */
class ImageCheckTest {

    private static byte[] encoded(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x2E7D32 + x);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static Optional<String> key(String name, byte[] bytes) {
        return ImageCheck.problem(name, bytes).map(IntegrityProblem::key);
    }

    @Test
    void aCompletePngAndACompleteJpegPass() throws IOException {
        assertThat(ImageCheck.problem("photo.png", encoded("png", 120, 80))).isEmpty();
        assertThat(ImageCheck.problem("photo.jpg", encoded("jpeg", 120, 80))).isEmpty();
        assertThat(ImageCheck.problem("PHOTO.JPEG", encoded("jpeg", 16, 16))).isEmpty();
    }

    @ParameterizedTest(name = "a PNG cut to {0} of its bytes")
    @ValueSource(doubles = {0.1, 0.5, 0.9, 0.99})
    void aTruncatedPngIsDamaged(double share) throws IOException {
        byte[] png = encoded("png", 120, 80);

        assertThat(key("photo.png", Arrays.copyOf(png, (int) (png.length * share)))).contains("guard.asset.damaged");
    }

    @ParameterizedTest(name = "a JPEG cut to {0} of its bytes")
    @ValueSource(doubles = {0.05, 0.5, 0.9, 0.995})
    void aTruncatedJpegIsDamaged(double share) throws IOException {
        byte[] jpeg = encoded("jpeg", 120, 80);

        assertThat(key("photo.jpg", Arrays.copyOf(jpeg, (int) (jpeg.length * share)))).contains("guard.asset.damaged");
    }

    @Test
    void aPngWithOneByteChangedInsideIsDamaged() throws IOException {
        byte[] png = encoded("png", 120, 80);
        png[png.length / 2] ^= 0x55;

        assertThat(key("photo.png", png)).contains("guard.asset.damaged");
    }

    @Test
    void bytesAfterAJpegsEndMarkerAreAllowed() throws IOException {
        byte[] jpeg = encoded("jpeg", 40, 30);
        byte[] trailed = Arrays.copyOf(jpeg, jpeg.length + 16);

        assertThat(ImageCheck.problem("photo.jpg", trailed)).as("cameras append data after EOI").isEmpty();
    }

    @Test
    void aPictureWhoseHeaderClaimsBillionsOfPixelsIsRefusedWithItsSize() {
        byte[] png = png(100_000, 100_000);

        Optional<IntegrityProblem> problem = ImageCheck.problem("huge.png", png);

        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p.key()).isEqualTo("guard.asset.tooManyPixels");
            assertThat(p.args()).containsExactly(100_000L, 100_000L);
        });
        assertThat(ImageCheck.problem("wide.png", png(ImageCheck.MAX_SIDE + 1, 10))).isPresent();
        assertThat(ImageCheck.problem("fine.png", png(ImageCheck.MAX_SIDE, 10))).isEmpty();
        assertThat(ImageCheck.problem("camera.png", png(12_000, 8_000))).as("96 million pixels").isEmpty();
        assertThat(ImageCheck.problem("too-many.png", png(12_000, 9_000))).as("108 million pixels").isPresent();
    }

    @Test
    void theNameAndTheBytesMustAgree() throws IOException {
        assertThat(key("photo.png", encoded("jpeg", 10, 10))).contains("asset.liesAboutFormat");
        assertThat(key("photo.jpg", encoded("png", 10, 10))).contains("asset.liesAboutFormat");
        assertThat(key("photo.png", "不是图片".getBytes(StandardCharsets.UTF_8))).contains("guard.asset.notAnImage");
        assertThat(key("photo.png", new byte[0])).contains("guard.asset.empty");
        assertThat(key("photo.gif", encoded("png", 10, 10))).contains("asset.unsupported");
        assertThat(key("photo", encoded("png", 10, 10))).contains("asset.unsupported");
    }

    @Test
    void theContentCheckIgnoresTheName() throws IOException {
        assertThat(ImageCheck.contentProblem("第 3 段", encoded("jpeg", 10, 10))).isEmpty();
        assertThat(ImageCheck.contentProblem("第 3 段", "GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .map(IntegrityProblem::key).contains("guard.asset.notAnImage");
    }

    /** A well-formed PNG of the given size over a few bytes of (incomplete) pixel data. */
    private static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[100]);
        deflater.finish();
        byte[] data = new byte[64];
        chunk(out, "IDAT", Arrays.copyOf(data, deflater.deflate(data)));
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
}
