package org.esgstudio.office;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.esgstudio.i18n.Messages;
import org.esgstudio.i18n.UserFacingException;

/**
 * The guard in front of every Office file the user hands in: it must be a regular file under {@link #MAX_BYTES}, not
 * empty, an OOXML zip (not an encrypted OLE2 container, an old binary .xls/.doc or an OpenDocument file), readable to
 * the end (not truncated, not a zip bomb) and of the expected kind (a workbook where a workbook is expected, a Word
 * document where a document is). Each refusal names the file and says what to do, in the words of that kind
 * ({@code workbook.*} or {@code docx.*} messages). POI's zip-bomb and XML-entity protections stay at their defaults.
 */
public final class OfficePackage {
    /** Files handed in by departments are a few hundred kB to a few MB; anything this big is the wrong file or an attack. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** What the caller expects the file to be; each kind has its own messages. */
    public enum Kind {
        SPREADSHEET("workbook.missing", "workbook.empty", "workbook.notXlsx", "workbook.oldXls", "workbook.encrypted",
                "workbook.damaged", "workbook.zipBomb", "workbook.ods", "workbook.notXlsx", "workbook.notXlsx",
                "guard.workbook.doctype"),
        WORD_DOCUMENT("docx.missing", "docx.empty", "docx.notDocx", "docx.oldDoc", "docx.encrypted", "docx.damaged",
                "docx.zipBomb", "docx.odt", "docx.isSpreadsheet", "docx.isSpreadsheet", "docx.doctype");

        private final String missing;
        private final String empty;
        private final String notOoxml;
        private final String oldBinary;
        private final String encrypted;
        private final String damaged;
        private final String zipBomb;
        private final String openDocument;
        private final String otherKind;
        private final String oldOtherKind;
        private final String doctype;

        Kind(String missing, String empty, String notOoxml, String oldBinary, String encrypted, String damaged,
             String zipBomb, String openDocument, String otherKind, String oldOtherKind, String doctype) {
            this.missing = missing;
            this.empty = empty;
            this.notOoxml = notOoxml;
            this.oldBinary = oldBinary;
            this.encrypted = encrypted;
            this.damaged = damaged;
            this.zipBomb = zipBomb;
            this.openDocument = openDocument;
            this.otherKind = otherKind;
            this.oldOtherKind = oldOtherKind;
            this.doctype = doctype;
        }

        /** Whether a package's main part has this kind's content type. */
        boolean matches(String contentType) {
            return this == SPREADSHEET
                    ? contentType.contains("spreadsheetml") || contentType.contains("ms-excel")
                    : contentType.contains("wordprocessingml") || contentType.contains("ms-word");
        }

        /** Whether an OLE2 container's root entries are this kind's old binary format (.xls or .doc). */
        boolean isOldBinary(DirectoryNode root) {
            return this == SPREADSHEET ? isOldXls(root) : root.hasEntry("WordDocument");
        }

        /** Whether they are the other kind's old binary format. */
        boolean isOldOther(DirectoryNode root) {
            return this == SPREADSHEET ? root.hasEntry("WordDocument") : isOldXls(root);
        }

        private static boolean isOldXls(DirectoryNode root) {
            return root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book");
        }
    }

    private OfficePackage() {
    }

    /**
     * Checks the file and opens it read-only as an OOXML package whose main part is of the expected kind. The caller
     * parses it (catching with {@link #damaged}) and must {@link OPCPackage#revert() revert} it, never close it
     * (closing saves), so that nothing is written back into the user's file.
     */
    public static OPCPackage open(Path file, Kind kind) {
        check(file, kind);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalStateException | IllegalArgumentException e) {
            throw damaged(file, kind, e);
        } catch (NoClassDefFoundError e) {
            throw damaged(file, kind, unsupportedCompression(e));
        }
        String mainType = mainContentType(pkg);
        if (!kind.matches(mainType)) {
            pkg.revert();
            Kind other = kind == Kind.SPREADSHEET ? Kind.WORD_DOCUMENT : Kind.SPREADSHEET;
            throw new UserFacingException(other.matches(mainType) ? kind.otherKind : kind.notOoxml, file);
        }
        return pkg;
    }

    /** The content type of a package's main part (workbook, document …), or "" when it has none. */
    private static String mainContentType(OPCPackage pkg) {
        try {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() == 0) {
                main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            }
            if (main.size() == 0) {
                return "";
            }
            PackagePart part = pkg.getPart(main.getRelationship(0));
            return part == null ? "" : part.getContentType();
        } catch (OpenXML4JRuntimeException | IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * The local name of the first element (e.g. "row", "c", "p") whose number over all parts of {@code contentTypes}
     * passes its limit, counted by streaming the XML before POI builds it in memory ({@link PartScan}); empty when
     * every count stays within.
     */
    public static Optional<String> overLimit(OPCPackage pkg, Set<String> contentTypes, Map<String, Long> limits)
            throws IOException, XMLStreamException {
        return PartScan.overLimit(pkg, contentTypes, limits);
    }

    /** Refuses everything but an OOXML (zip) file of a sane size before POI parses it. */
    public static void check(Path file, Kind kind) {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw Files.exists(file) ? new UserFacingException("project.notAFile", file)
                        : new UserFacingException(kind.missing, file);
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "file.unreadable", file, e.getMessage());
        }
        if (size > MAX_BYTES) {
            throw new UserFacingException("file.tooLarge", file, MAX_BYTES / (1024 * 1024));
        }
        if (size == 0) {
            throw new UserFacingException(kind.empty, file);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, kind.missing, file);
        } catch (IOException e) {
            throw new UserFacingException(e, "file.unreadable", file, e.getMessage());
        }
        switch (magic) {
            case OOXML -> {
                // a zip: the package proper, opened next
            }
            case OLE2 -> throw ole2(file, kind);
            case BIFF2, BIFF3, BIFF4 -> throw new UserFacingException(
                    kind == Kind.SPREADSHEET ? kind.oldBinary : kind.oldOtherKind, file);
            default -> throw new UserFacingException(kind.notOoxml, file);
        }
    }

    /** An OLE2 container is an encrypted OOXML file (EncryptionInfo + EncryptedPackage) or an Office 97–2003 file. */
    private static UserFacingException ole2(Path file, Kind kind) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new UserFacingException(kind.encrypted, file);
            }
            if (kind.isOldBinary(root)) {
                return new UserFacingException(kind.oldBinary, file);
            }
            if (kind.isOldOther(root)) {
                return new UserFacingException(kind.oldOtherKind, file);
            }
            return new UserFacingException(kind.notOoxml, file);
        } catch (IOException | RuntimeException e) {
            return new UserFacingException(e, kind.damaged, file, detail(e));
        }
    }

    /**
     * A zip entry compressed with Zstandard, XZ or Brotli: commons-compress reads them through optional libraries that
     * are not shipped (Office programs only store or deflate), and says so with a {@link NoClassDefFoundError}. That is
     * a file no Office program wrote, refused as damaged; any other missing class is a bug and is thrown on.
     */
    public static java.io.IOException unsupportedCompression(NoClassDefFoundError e) {
        String missing = String.valueOf(e.getMessage());
        for (String codec : List.of("com/github/luben/zstd", "org/tukaani/xz", "org/brotli")) {
            if (missing.startsWith(codec)) {
                return new java.io.IOException(Messages.get("office.detail.unsupportedCompression",
                        missing.substring(missing.lastIndexOf('/') + 1)));
            }
        }
        throw e;
    }

    /** The refusal for an exception POI raised while opening or parsing the file. */
    public static UserFacingException damaged(Path file, Kind kind, Exception e) {
        if (e instanceof EncryptedDocumentException) {
            return new UserFacingException(e, kind.encrypted, file);
        }
        if (e instanceof ODFNotOfficeXmlFileException) {
            return new UserFacingException(e, kind.openDocument, file);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return new UserFacingException(e, kind.zipBomb, file);
            }
            if (message.contains("DOCTYPE")) {
                return new UserFacingException(e, kind.doctype, file);
            }
        }
        return new UserFacingException(e, kind.damaged, file, detail(e));
    }

    /** The innermost useful exception message, on one line. */
    public static String detail(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
