package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.esgstudio.model.LocalizedText;

/** Writes {"zh", "en"} leaving out an empty side, and counts a text with neither side as empty (left out). */
final class LocalizedTextSerializer extends StdSerializer<LocalizedText> {
    private static final long serialVersionUID = 1L;

    LocalizedTextSerializer() {
        super(LocalizedText.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, LocalizedText value) {
        return value == null || (value.zh().isEmpty() && value.en().isEmpty());
    }

    @Override
    public void serialize(LocalizedText value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeStartObject();
        if (!value.zh().isEmpty()) {
            out.writeStringField("zh", value.zh());
        }
        if (!value.en().isEmpty()) {
            out.writeStringField("en", value.en());
        }
        out.writeEndObject();
    }
}
