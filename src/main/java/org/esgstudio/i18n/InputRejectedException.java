package org.esgstudio.i18n;

import java.util.List;
import java.util.Locale;

/** An input refused as a whole (nothing imported), with every problem found in it. */
public class InputRejectedException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    /** How many problems the message lists. */
    public static final int LISTED = 30;
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

    /**
     * A single problem makes the whole message; several are listed one per line after a summary, the first
     * {@link #LISTED} of them (a wrong file can have hundreds of thousands; {@link #problems()} has them all).
     */
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
        problems.stream().limit(LISTED)
                .forEach(problem -> text.append(System.lineSeparator()).append("  ").append(problem.message(locale)));
        if (problems.size() > LISTED) {
            text.append(System.lineSeparator()).append("  ")
                    .append(Messages.format(locale, "guard.input.more", problems.size() - LISTED));
        }
        return text.toString();
    }
}
