package org.esgstudio.model;

import java.util.Arrays;
import java.util.Objects;

/** An image or other file kept inside the project, referred to by name from the report. */
public record Asset(String name, byte[] bytes) {
    public Asset {
        Objects.requireNonNull(name, "name");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** The media type the content really has (by its magic bytes), or null when it is neither PNG nor JPEG. */
    public String sniffedMediaType() {
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Asset asset && asset.name.equals(name) && Arrays.equals(asset.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Asset[" + name + ", " + bytes.length + " bytes]";
    }
}
