package org.esgstudio.i18n;

import java.util.List;
import java.util.Locale;

/** An input refused as a whole (nothing imported), with every problem found in it. */
public class InputRejectedException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputRejectedException(String file, List<Problem> problems) {
        super("input.rejected", file, problems.size());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input is rejected for at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A single problem makes the whole message; several are listed one per line after a summary. */
    @Override
    public String getMessage() {
        return message(Messages.locale());
    }

    @Override
    public String message(Locale locale) {
        if (problems.size() == 1) {
            return problems.get(0).message(locale);
        }
        StringBuilder text = new StringBuilder(super.message(locale));
        problems.forEach(problem -> text.append(System.lineSeparator()).append("  ").append(problem.message(locale)));
        return text.toString();
    }
}
