package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.UserFacingException;
import org.esgstudio.layout.Rgb;
import org.esgstudio.layout.theme.Theme;

/** Print themes: JSON files shipped in assets/themes/ (colours as "#RRGGBB", margins in mm, sizes in pt). */
public final class ThemeFiles {
    /** The themes shipped with the app. */
    public static final List<String> SHIPPED = List.of("jade", "harbour");
    private static final ObjectMapper MAPPER = JsonMapping.mapper().copy()
            .registerModule(new SimpleModule("themes").addDeserializer(Rgb.class, new RgbDeserializer()));

    private ThemeFiles() {
    }

    /** The shipped theme of that name; an unknown name is refused with the list of themes. */
    public static Theme load(String name) {
        String resource = "/assets/themes/" + name + ".json";
        try (InputStream in = ThemeFiles.class.getResourceAsStream(resource)) {
            if (in == null || !name.matches("[a-z0-9-]+")) {
                throw new UserFacingException("theme.unknown", name, String.join(", ", SHIPPED));
            }
            return read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserFacingException(e, "file.unreadable", resource, e.getMessage());
        }
    }

    /** Reads a theme from JSON text; {@code file} names it in messages. */
    public static Theme read(String file, String json) {
        try {
            return MAPPER.readValue(json, Theme.class);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(file, List.of(JsonProblems.describe(file, e)));
        }
    }

    private static final class RgbDeserializer extends StdDeserializer<Rgb> {
        private static final long serialVersionUID = 1L;

        RgbDeserializer() {
            super(Rgb.class);
        }

        @Override
        public Rgb deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return Rgb.hex(text);
            } catch (IllegalArgumentException e) {
                return (Rgb) context.handleWeirdStringValue(Rgb.class, text, e.getMessage());
            }
        }
    }
}
