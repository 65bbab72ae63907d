package org.esgstudio.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A content index mapping a framework's disclosures to places in the report. Hand-made when {@code generate} is
 * empty: its rows are printed as written. Otherwise generated at export from the catalogue {@code framework} and the
 * disclosure codes the report's elements carry: {@code reported} lists the disclosures reported or omitted,
 * {@code expected} adds those the framework expects (GRI "in accordance": GRI 2, GRI 3 and every disclosure of a
 * topic standard in use), {@code all} lists every disclosure of the catalogue ("/" where not disclosed). The rows
 * then only add what tags cannot say: omissions and further locations. {@code claim} ({@code with-reference} or
 * {@code in-accordance}) chooses the GRI statement of use when {@code statement} is empty.
 */
public record ContentIndex(String id, LocalizedText title, String framework, LocalizedText statement, List<IndexRow> rows,
                           String generate, String claim) implements BackPart {
    public static final Set<String> GENERATE = Set.of("", "reported", "expected", "all");
    public static final Set<String> CLAIMS = Set.of("", "with-reference", "in-accordance");

    public ContentIndex {
        Objects.requireNonNull(id, "id");
        title = LocalizedText.orEmpty(title);
        framework = Objects.requireNonNullElse(framework, "");
        statement = LocalizedText.orEmpty(statement);
        rows = Lists.copy(rows);
        generate = Objects.requireNonNullElse(generate, "").strip().toLowerCase(Locale.ROOT);
        claim = Objects.requireNonNullElse(claim, "").strip().toLowerCase(Locale.ROOT);
        if (!GENERATE.contains(generate)) {
            throw new InvalidValueException("generate must be reported, expected or all, not \"" + generate + "\"",
                    "guard.model.indexGenerate", generate);
        }
        if (!CLAIMS.contains(claim)) {
            throw new InvalidValueException("claim must be with-reference or in-accordance, not \"" + claim + "\"",
                    "guard.model.indexClaim", claim);
        }
    }

    public ContentIndex(String id, LocalizedText title, String framework, LocalizedText statement, List<IndexRow> rows) {
        this(id, title, framework, statement, rows, "", "");
    }

    public boolean generated() {
        return !generate.isEmpty();
    }

    public ContentIndex withRows(List<IndexRow> newRows) {
        return new ContentIndex(id, title, framework, statement, newRows, generate, claim);
    }

    public ContentIndex withStatement(LocalizedText newStatement) {
        return new ContentIndex(id, title, framework, newStatement, rows, generate, claim);
    }
}
