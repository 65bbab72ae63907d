package org.esgstudio.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.esgstudio.i18n.Problem;
import org.esgstudio.model.InvalidValueException;

/** Turns Jackson's exceptions into one readable problem: file:line:column, the JSON path, and what is wrong. */
final class JsonProblems {
    private static final List<String> BLOCK_TYPES = List.of("paragraph", "heading", "list", "caseStudy", "dataTable",
            "textTable", "tiles", "callout", "image", "chart", "diagram");
    private static final List<String> FRONT_TYPES = List.of("reportInfo", "letter", "highlights", "timeline", "profile",
            "materiality", "stakeholders");
    /** Jackson's STRICT_DUPLICATE_DETECTION message. */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");
    private static final List<String> BACK_TYPES = List.of("kpiTable", "contentIndex", "appendix", "feedback");

    private JsonProblems() {
    }

    static Problem describe(String file, JsonProcessingException e) {
        String place = place(file, e.getLocation());
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        if (e instanceof InvalidTypeIdException type) {
            boolean part = !path.contains(".");
            List<String> known = part && path.startsWith("front") ? FRONT_TYPES
                    : part && path.startsWith("back") ? BACK_TYPES : BLOCK_TYPES;
            return new Problem(place, type.getTypeId() == null ? "json.missingType" : "json.unknownType", path,
                    String.valueOf(type.getTypeId()), String.join(", ", known));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem(place, "json.unknownField", path, unknown.getPropertyName());
        }
        if (e instanceof IgnoredPropertyException ignored) {
            return new Problem(place, "json.unknownField", path, ignored.getPropertyName());
        }
        if (e instanceof StreamConstraintsException limit) {
            return limitProblem(place, limit);
        }
        if (e instanceof ValueInstantiationException invalid) {
            Throwable cause = invalid.getCause();
            if (cause instanceof InvalidValueException refused) {
                Object[] args = new Object[refused.args().length + 1];
                args[0] = path;
                System.arraycopy(refused.args(), 0, args, 1, refused.args().length);
                return new Problem(place, refused.key(), args);
            }
            if (cause instanceof NullPointerException && cause.getMessage() != null && !cause.getMessage().contains(" ")) {
                return new Problem(place, "json.missingField", path, cause.getMessage());
            }
            return new Problem(place, "json.invalidValue", path, cause == null ? e.getOriginalMessage() : cause.getMessage());
        }
        if (e instanceof InvalidFormatException format) {
            return new Problem(place, "json.wrongValue", path, String.valueOf(format.getValue()),
                    format.getTargetType() == null ? "?" : format.getTargetType().getSimpleName());
        }
        if (e instanceof MismatchedInputException mismatch) {
            String target = mismatch.getTargetType() == null ? "?" : mismatch.getTargetType().getSimpleName();
            return new Problem(place, "json.wrongShape", path, target);
        }
        if (e instanceof StreamReadException) {
            Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.lookingAt()) {
                return new Problem(place, "guard.json.duplicateField", duplicate.group(1));
            }
            return new Problem(place, "json.syntax", firstLine(e.getOriginalMessage()));
        }
        return new Problem(place, "json.invalidValue", path, firstLine(e.getOriginalMessage()));
    }

    /** Jackson's guards against hostile input (nesting, number and text length), in the user's words. */
    private static Problem limitProblem(String place, StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        StreamReadConstraints limits = StreamReadConstraints.defaults();
        if (message.contains("nesting depth")) {
            return new Problem(place, "guard.json.tooDeep", limits.getMaxNestingDepth());
        }
        if (message.contains("Number value length")) {
            return new Problem(place, "guard.json.numberTooLong", limits.getMaxNumberLength());
        }
        if (message.contains("String value length")) {
            return new Problem(place, "guard.json.textTooLong", limits.getMaxStringLength());
        }
        return new Problem(place, "json.syntax", firstLine(message));
    }

    private static String place(String file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return file;
        }
        return file + ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "(top)" : out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
