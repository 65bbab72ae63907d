package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Problem;
import org.esgstudio.model.Report;

/** report.json: reads strictly (every problem with its line and path), writes canonically. */
public final class ReportJson {
    private ReportJson() {
    }

    /** Reads a report from report.json text; {@code fileName} is used in messages. */
    public static Report read(String fileName, String source) {
        // Windows editors save UTF-8 with a byte order mark; it is not part of the JSON.
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        try {
            JsonNode tree = JsonMapping.mapper().readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new InputRejectedException(fileName, List.of(new Problem(fileName, "json.notAnObject")));
            }
            JsonNode version = tree.get("formatVersion");
            if (version == null) {
                throw new InputRejectedException(fileName, List.of(new Problem(fileName, "json.missingField", "(top)",
                        "formatVersion")));
            }
            if (version.canConvertToInt() && version.asInt() < 1) {
                throw new InputRejectedException(fileName, List.of(new Problem(fileName, "json.invalidValue",
                        "formatVersion", version.asText())));
            }
            if (version.canConvertToInt() && version.asInt() > ReportDocument.CURRENT_FORMAT) {
                throw new InputRejectedException(fileName, List.of(new Problem(fileName, "json.newerFormat",
                        version.asInt(), ReportDocument.CURRENT_FORMAT)));
            }
            ReportDocument document = JsonMapping.mapper().readValue(text, ReportDocument.class);
            if (document.settings() == null) {
                throw new InputRejectedException(fileName, List.of(new Problem(fileName, "json.missingField", "(top)",
                        "settings")));
            }
            return document.toReport();
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(fileName, List.of(JsonProblems.describe(fileName, e)));
        }
    }

    /** The canonical text of report.json: 2-space indent, LF, fields in model order, empty values left out. */
    public static String write(Report report) {
        try {
            return JsonMapping.pretty().writeValueAsString(ReportDocument.of(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written as JSON", e);
        }
    }
}
