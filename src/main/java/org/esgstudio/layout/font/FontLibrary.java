package org.esgstudio.layout.font;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.esgstudio.i18n.UserFacingException;

/**
 * The fonts of the app, read from classpath resources on first use and kept: each file is read and parsed once per
 * JVM (through {@link #shared()}), however many threads ask for it at the same time. Thread-safe.
 *
 * <p>A missing font resource raises a {@link UserFacingException} {@code font.missing}, a damaged one
 * {@code font.unreadable}: both mean a broken installation. A failed load is not remembered; the next call tries
 * again.
 */
public final class FontLibrary {

    /** Opens a resource by name; {@code null} when there is no such resource. */
    @FunctionalInterface
    interface ResourceOpener {
        InputStream open(String resource) throws IOException;
    }

    private static final FontLibrary SHARED = new FontLibrary(FontLibrary::openClasspathResource);

    private final ResourceOpener opener;
    private final ConcurrentMap<String, FontFile> files = new ConcurrentHashMap<>();
    private final ConcurrentMap<FontFace, TrueTypeMetrics> metrics = new ConcurrentHashMap<>();

    FontLibrary(ResourceOpener opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** The library over the classpath, shared by the whole JVM. */
    public static FontLibrary shared() {
        return SHARED;
    }

    private static InputStream openClasspathResource(String resource) {
        return FontLibrary.class.getResourceAsStream(resource.startsWith("/") ? resource : "/" + resource);
    }

    /** The measurements of a face; the same instance on every call. */
    public TrueTypeMetrics metrics(FontFace face) {
        TrueTypeMetrics known = metrics.get(face);
        if (known != null) {
            return known;
        }
        TrueTypeFont font = font(face); // loaded outside computeIfAbsent: parsing must not block the map
        return metrics.computeIfAbsent(face, f -> new TrueTypeMetrics(font, f));
    }

    /** The parsed font of a face. */
    public TrueTypeFont font(FontFace face) {
        return load(face).font();
    }

    /**
     * The font file's bytes, for embedding in a PDF: a fresh copy on each call (the library's own copy backs the
     * parsed font and must not change), so callers should fetch it once per document.
     */
    public byte[] bytes(FontFace face) {
        return load(face).bytes().clone();
    }

    private Loaded load(FontFace face) {
        Objects.requireNonNull(face, "face");
        return files.computeIfAbsent(face.resource(), FontFile::new).get();
    }

    private record Loaded(byte[] bytes, TrueTypeFont font) {
    }

    /** One resource, read and parsed by the first thread that needs it while the others wait. */
    private final class FontFile {
        private final String resource;
        private volatile Loaded loaded;

        FontFile(String resource) {
            this.resource = resource;
        }

        Loaded get() {
            Loaded result = loaded;
            if (result == null) {
                synchronized (this) {
                    result = loaded;
                    if (result == null) {
                        result = read();
                        loaded = result;
                    }
                }
            }
            return result;
        }

        private Loaded read() {
            byte[] bytes;
            try (InputStream in = opener.open(resource)) {
                if (in == null) {
                    throw new UserFacingException("font.missing", resource);
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UserFacingException(e, "font.unreadable", resource, e.getMessage());
            }
            try {
                return new Loaded(bytes, TrueTypeFont.parse(bytes));
            } catch (FontFormatException e) {
                throw new UserFacingException(e, "font.unreadable", resource, e.getMessage());
            }
        }
    }
}
