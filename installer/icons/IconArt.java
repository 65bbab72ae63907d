import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the application icon of ESG Report Studio and writes it in the three forms the packages need, into the
 * folder given (assets/icons): PNGs for Linux (16 to 1024 pixels), a Windows ICO and a macOS ICNS (both holding
 * PNG images, as Windows Vista and later and macOS 10.7 and later read them). The art: a report page with a rising
 * bar chart and a leaf, on a green tile. At 32 pixels and below the page is left out, so that the bars stay legible.
 *
 * <p>Run: {@code java installer/icons/IconArt.java assets/icons} (a single-file program: no build needed). The
 * output is committed; run it again only when the art changes.
 */
public final class IconArt {
    private static final Color TILE_TOP = new Color(0x12, 0x8C, 0x6F);
    private static final Color TILE_BOTTOM = new Color(0x0A, 0x5A, 0x48);
    private static final Color PAGE = new Color(0xFF, 0xFF, 0xFF);
    private static final Color PAGE_LINE = new Color(0xC9, 0xD8, 0xD3);
    private static final Color BAR = new Color(0x12, 0x8C, 0x6F);
    private static final Color BAR_TOP = new Color(0x22, 0xB5, 0x8C);
    private static final Color LEAF = new Color(0xA7, 0xE8, 0x6B);
    private static final Color LEAF_VEIN = new Color(0x0A, 0x5A, 0x48);

    private IconArt() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(folder);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024)) {
            byte[] png = png(draw(size));
            pngs.put(size, png);
            Files.write(folder.resolve("esg-studio-" + size + ".png"), png);
        }
        Files.write(folder.resolve("esg-studio.png"), pngs.get(256));
        Files.write(folder.resolve("esg-studio.ico"), ico(pngs, List.of(16, 24, 32, 48, 64, 128, 256)));
        Files.write(folder.resolve("esg-studio.icns"), icns(pngs));
        System.out.println("icons written to " + folder.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 1024.0, size / 1024.0);
        boolean small = size <= 32;
        // The tile: a rounded square with a little margin, as desktop icon sets draw them.
        double margin = small ? 16 : 64;
        g.setPaint(new GradientPaint(0, 0, TILE_TOP, 0, 1024, TILE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(margin, margin, 1024 - 2 * margin, 1024 - 2 * margin, 230, 230));
        if (small) {
            bars(g, 230, 800, 170, 60, new double[]{240, 400, 560}, PAGE, PAGE);
        } else {
            page(g);
            bars(g, 312, 760, 96, 34, new double[]{170, 270, 380}, BAR, BAR_TOP);
            leaf(g);
        }
        g.dispose();
        return image;
    }

    private static void page(Graphics2D g) {
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new RoundRectangle2D.Double(236, 196, 480, 640, 56, 56));
        g.setColor(PAGE);
        g.fill(new RoundRectangle2D.Double(224, 180, 480, 640, 56, 56));
        g.setColor(PAGE_LINE);
        g.setStroke(new BasicStroke(26, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(300, 270, 540, 270);
        g.drawLine(300, 330, 470, 330);
    }

    private static void bars(Graphics2D g, double left, double base, double width, double gap, double[] heights,
                             Color fill, Color top) {
        for (int i = 0; i < heights.length; i++) {
            double x = left + i * (width + gap);
            g.setPaint(new GradientPaint(0, (float) (base - heights[i]), top, 0, (float) base, fill));
            g.fill(new RoundRectangle2D.Double(x, base - heights[i], width, heights[i], width / 3, width / 3));
        }
    }

    private static void leaf(Graphics2D g) {
        AffineTransform saved = g.getTransform();
        g.translate(742, 380);
        g.rotate(Math.toRadians(-40));
        Path2D shape = new Path2D.Double();
        shape.moveTo(-190, 0);
        shape.curveTo(-120, -150, 110, -150, 190, 0);
        shape.curveTo(110, 150, -120, 150, -190, 0);
        shape.closePath();
        g.setColor(new Color(0, 0, 0, 45));
        g.translate(8, 12);
        g.fill(shape);
        g.translate(-8, -12);
        g.setColor(LEAF);
        g.fill(shape);
        g.setColor(LEAF_VEIN);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(-150, 0, 150, 0);
        g.drawLine(-40, 0, 20, -55);
        g.drawLine(-40, 0, 20, 55);
        g.drawLine(50, 0, 100, -40);
        g.drawLine(50, 0, 100, 40);
        g.setTransform(saved);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon: a directory of PNG images (little-endian header and entries; 256 is written as 0). */
    static byte[] ico(Map<Integer, byte[]> pngs, List<Integer> sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1);
        out.short16(sizes.size());
        int offset = 6 + 16 * sizes.size();
        for (int size : sizes) {
            byte[] png = pngs.get(size);
            bytes.write(size >= 256 ? 0 : size);
            bytes.write(size >= 256 ? 0 : size);
            bytes.write(0);
            bytes.write(0);
            out.short16(1);
            out.short16(32);
            out.int32(png.length);
            out.int32(offset);
            offset += png.length;
        }
        for (int size : sizes) {
            bytes.write(pngs.get(size));
        }
        return bytes.toByteArray();
    }

    /** A macOS icon family: 'icns', the length, then typed PNG entries (big-endian). */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] png = pngs.get(type.getValue());
            entries.writeBytes(type.getKey());
            entries.writeInt(8 + png.length);
            entries.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.writeBytes("icns");
        out.writeInt(8 + body.size());
        out.write(body.toByteArray());
        return file.toByteArray();
    }

    private record LittleEndian(ByteArrayOutputStream out) {
        void short16(int value) {
            out.write(value & 0xFF);
            out.write((value >>> 8) & 0xFF);
        }

        void int32(int value) {
            short16(value & 0xFFFF);
            short16((value >>> 16) & 0xFFFF);
        }
    }
}
