package org.esgstudio.data;

import java.util.Objects;

/** A check over indicator codes, e.g. {@code S.EMP.TOTAL = S.EMP.MALE + S.EMP.FEMALE}, evaluated for every year. */
public record Rule(String name, String expression) {
    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
