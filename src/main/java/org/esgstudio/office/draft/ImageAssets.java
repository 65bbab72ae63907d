package org.esgstudio.office.draft;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.esgstudio.i18n.Messages;
import org.esgstudio.model.Asset;
import org.esgstudio.model.ImageCheck;
import org.esgstudio.model.IntegrityProblem;

/**
 * The pictures of a draft as project assets: only PNG, JPEG and GIF, recognised by their bytes (never by a name);
 * a GIF is stored as PNG, because the report's layout and folder format know PNG and JPEG only. The same picture
 * twice (in the draft, or already in the project) is one asset, found by the SHA-256 of its bytes. New assets are
 * named after the draft ({@code green-operations-1.png}; {@code draft-1.png} when the name has no Latin letters).
 * Any other format (EMF, WMF, TIFF, SVG …), and a PNG or JPEG that is damaged or has more pixels than
 * {@link ImageCheck} allows, is left out with a note saying where it was.
 */
final class ImageAssets {
    /** A GIF wider or taller than this is not decoded (a tiny file can claim a huge canvas). */
    private static final int MAX_GIF_SIDE = 8000;
    private final Map<String, String> byHash = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final List<Asset> added = new ArrayList<>();
    private final String stem;
    private final List<String> notes;
    private int counter;

    ImageAssets(List<Asset> existing, String draftFileName, List<String> notes) {
        for (Asset asset : existing) {
            byHash.putIfAbsent(hash(asset.bytes()), asset.name());
            names.add(asset.name());
        }
        this.stem = stem(draftFileName);
        this.notes = notes;
    }

    /** The asset name of a picture (new or an existing one with the same bytes); empty when its format is refused. */
    Optional<String> add(byte[] bytes, DraftPlace place) {
        String kind = kind(bytes);
        if (kind == null) {
            notes.add(Messages.get("docx.import.pictureFormat", place.describe()));
            return Optional.empty();
        }
        if (!kind.equals("gif")) {
            Optional<IntegrityProblem> problem = ImageCheck.contentProblem(place.describe(), bytes);
            if (problem.isPresent()) {
                IntegrityProblem p = problem.get();
                notes.add(p.key().equals("guard.asset.tooManyPixels")
                        ? Messages.get("guard.docx.pictureTooLarge", place.describe(), p.args()[0], p.args()[1])
                        : Messages.get("guard.docx.pictureDamaged", place.describe()));
                return Optional.empty();
            }
        }
        byte[] stored = bytes;
        String extension = kind;
        if (kind.equals("gif")) {
            Optional<byte[]> png = gifAsPng(bytes);
            if (png.isEmpty()) {
                notes.add(Messages.get("docx.import.pictureUnreadable", place.describe()));
                return Optional.empty();
            }
            stored = png.get();
            extension = "png";
        }
        String hash = hash(stored);
        String known = byHash.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        String name;
        do {
            name = stem + "-" + (++counter) + "." + extension;
        } while (!names.add(name));
        byHash.put(hash, name);
        added.add(new Asset(name, stored));
        return Optional.of(name);
    }

    List<Asset> added() {
        return List.copyOf(added);
    }

    /** "png", "jpg" or "gif" by the magic bytes; null for anything else. */
    static String kind(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpg";
        }
        if (b.length >= 10 && new String(b, 0, 6, StandardCharsets.ISO_8859_1).matches("GIF8[79]a")) {
            return "gif";
        }
        return null;
    }

    private static Optional<byte[]> gifAsPng(byte[] gif) {
        int width = (gif[6] & 0xFF) | (gif[7] & 0xFF) << 8;
        int height = (gif[8] & 0xFF) | (gif[9] & 0xFF) << 8;
        if (width == 0 || height == 0 || width > MAX_GIF_SIDE || height > MAX_GIF_SIDE) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(gif));
            if (image == null) {
                return Optional.empty();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            return ImageIO.write(image, "png", png) ? Optional.of(png.toByteArray()) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The draft's file name without extension, as lower-case Latin letters, digits and hyphens. */
    private static String stem(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        String ascii = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > 40) {
            ascii = ascii.substring(0, 40).replaceAll("-+$", "");
        }
        return ascii.matches(".*[a-z].*") ? ascii : "draft";
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
