package org.esgstudio.office.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.esgstudio.data.DataSet;
import org.esgstudio.data.Indicator;

/** The departments that own indicators in a store, and finding one by the name a user typed. */
public final class Departments {
    private Departments() {
    }

    /** Every department named by some indicator, in the store's order of first appearance. */
    public static List<String> of(DataSet data) {
        Set<String> names = new LinkedHashSet<>();
        for (Indicator indicator : data.indicators()) {
            if (!indicator.department().isBlank()) {
                names.add(indicator.department());
            }
        }
        return List.copyOf(names);
    }

    /**
     * The store's department a typed name means: the same text, else the only one equal to it once spaces are dropped
     * and full-width letters and digits read as half-width, Latin letters in any case ("人力资源部 ", "ｉｔ部" for "IT部").
     */
    public static Optional<String> match(DataSet data, String typed) {
        List<String> known = of(data);
        if (known.contains(typed)) {
            return Optional.of(typed);
        }
        String wanted = loose(typed);
        List<String> near = new ArrayList<>();
        for (String name : known) {
            if (loose(name).equals(wanted)) {
                near.add(name);
            }
        }
        return near.size() == 1 && !wanted.isEmpty() ? Optional.of(near.get(0)) : Optional.empty();
    }

    /** The indicators a department owns, in catalogue order. */
    public static List<Indicator> indicatorsOf(DataSet data, String department) {
        return data.indicators().stream().filter(indicator -> indicator.department().equals(department)).toList();
    }

    private static String loose(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
