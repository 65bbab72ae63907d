package org.esgstudio.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.esgstudio.i18n.InputRejectedException;
import org.esgstudio.i18n.Problem;

/** Reads and writes rules.csv ({@code 规则名称,表达式}); every rule must name known indicators. */
public final class RulesCsv {
    private RulesCsv() {
    }

    public static List<Rule> read(String fileName, String text, DataSet data) {
        return read(fileName, CsvText.parse(fileName, text), data);
    }

    /**
     * Reads rules from rows (the first is the header: 规则名称/name, 表达式/expression); {@code fileName} prefixes cell
     * names in messages ("rules.csv", "BOOK.xlsx › 校验规则").
     */
    public static List<Rule> read(String fileName, List<CsvText.Record> records, DataSet data) {
        List<Problem> problems = new ArrayList<>();
        if (records.isEmpty()) {
            return List.of();
        }
        int nameColumn = -1;
        int expressionColumn = -1;
        List<String> header = records.get(0).fields();
        for (int k = 0; k < header.size(); k++) {
            String h = header.get(k).strip();
            if (h.equals("规则名称") || h.equalsIgnoreCase("name")) {
                nameColumn = k;
            } else if (h.equals("表达式") || h.equalsIgnoreCase("expression")) {
                expressionColumn = k;
            }
        }
        if (nameColumn < 0 || expressionColumn < 0) {
            throw new InputRejectedException(fileName, List.of(new Problem(fileName + "!1:1", "rule.missingColumns")));
        }
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvText.Record record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            String name = record.field(nameColumn).strip();
            String expression = record.field(expressionColumn).strip();
            String place = fileName + "!" + CellRef.of(expressionColumn, record.line());
            if (name.isEmpty()) {
                problems.add(new Problem(fileName + "!" + CellRef.of(nameColumn, record.line()), "rule.missingName"));
                continue;
            }
            if (seen.putIfAbsent(name, record.line()) != null) {
                problems.add(new Problem(fileName + "!" + CellRef.of(nameColumn, record.line()), "rule.duplicateName",
                        name, seen.get(name)));
                continue;
            }
            Optional<String[]> shape = RuleSyntax.problem(expression);
            if (shape.isPresent()) {
                problems.add(new Problem(place, shape.get()[0], shape.get()[1]));
                continue;
            }
            boolean known = true;
            for (String code : RuleSyntax.codes(expression)) {
                if (!data.hasIndicator(code)) {
                    problems.add(new Problem(place, "rule.unknownCode", name, code));
                    known = false;
                }
            }
            if (known) {
                rules.add(new Rule(name, expression));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(fileName, problems);
        }
        return rules;
    }

    public static String format(List<Rule> rules) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("规则名称", "表达式"));
        rules.forEach(rule -> rows.add(List.of(rule.name(), rule.expression())));
        return "\uFEFF" + CsvText.format(rows);
    }
}
