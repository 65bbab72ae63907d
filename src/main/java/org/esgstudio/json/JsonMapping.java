package org.esgstudio.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.esgstudio.model.BackPart;
import org.esgstudio.model.Block;
import org.esgstudio.model.FrontPart;
import org.esgstudio.model.LocalizedText;

/** The one configured Jackson mapper: strict on reading, canonical on writing. */
public final class JsonMapping {
    private static final ObjectMapper MAPPER = build();
    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private JsonMapping() {
    }

    private static ObjectMapper build() {
        SimpleModule model = new SimpleModule("esg-model");
        model.addSerializer(LocalizedText.class, new LocalizedTextSerializer());
        return JsonMapper.builder()
                .addModule(model)
                .addMixIn(Block.class, Mixins.BlockMixin.class)
                .addMixIn(FrontPart.class, Mixins.FrontPartMixin.class)
                .addMixIn(BackPart.class, Mixins.BackPartMixin.class)
                // Derived is-methods (isEmpty, isBound …) are not properties of the format.
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // An absent number or flag takes the Java default (widthPercent 0 = full width, newThisYear false …);
                // required ones (year, level, month) are then refused by the record's own check, which names them.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static ObjectWriter pretty() {
        return PRETTY;
    }
}
