package org.esgstudio.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;

/**
 * Counts elements in a package's XML parts by streaming them (StAX, no DOM, no DTD, no external entities), before POI
 * builds its object model: POI holds every row, cell and paragraph in memory, and a file under the size limit can hold
 * millions of them (a sheet of a million rows is a few MB zipped and needs more than 2 GB to open). Counting stops at
 * the first limit passed, so a hostile file costs one streaming read at most.
 */
final class PartScan {
    private PartScan() {
    }

    /**
     * The local name of the first element (among {@code limits}' keys) whose number over all parts of
     * {@code contentTypes} passes its limit, or empty when every count stays within.
     */
    static Optional<String> overLimit(OPCPackage pkg, Set<String> contentTypes, Map<String, Long> limits)
            throws IOException, XMLStreamException {
        Map<String, Long> counts = new HashMap<>();
        for (String contentType : contentTypes) {
            for (PackagePart part : parts(pkg, contentType)) {
                try (InputStream in = open(part)) {
                    XMLStreamReader reader = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
                    try {
                        while (reader.hasNext()) {
                            int event = reader.next();
                            if (event == XMLStreamConstants.DTD) {
                                // Refused as POI refuses it (OfficePackage.damaged names it), before any entity in it
                                // could be looked at.
                                throw new XMLStreamException("DOCTYPE is not allowed in " + part.getPartName());
                            }
                            if (event != XMLStreamConstants.START_ELEMENT) {
                                continue;
                            }
                            String name = reader.getLocalName();
                            Long limit = limits.get(name);
                            if (limit != null && counts.merge(name, 1L, Long::sum) > limit) {
                                return Optional.of(name);
                            }
                        }
                    } finally {
                        reader.close();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The part's bytes; a part compressed with a method whose decoder is not shipped is a damaged file. */
    private static InputStream open(PackagePart part) throws IOException {
        try {
            return part.getInputStream();
        } catch (NoClassDefFoundError e) {
            throw OfficePackage.unsupportedCompression(e);
        }
    }

    private static Iterable<PackagePart> parts(OPCPackage pkg, String contentType) throws IOException {
        try {
            return pkg.getPartsByContentType(contentType);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
