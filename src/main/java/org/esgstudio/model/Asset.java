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
        return ImageCheck.sniff(bytes);
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
