package org.esgstudio.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.esgstudio.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** A usage error in the user's language, as one line that ends by pointing to the command's --help. */
final class UsageProblem {
    private UsageProblem() {
    }

    static String describe(CommandLine.ParameterException e) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
        String hint = Messages.get("cli.usageHint", command.replace("esg-studio", "").strip()).replace("  ", " ");
        return Messages.get("cli.usage.line", problem(e), hint);
    }

    private static String problem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return Messages.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            if (specs.size() == 1 && specs.get(0).isOption() && e.getMessage().contains("for option")) {
                return Messages.get("cli.usage.missingValue", name(specs.get(0)));
            }
            // getMissing() names only the first; picocli's message quotes every missing parameter.
            List<String> names = new java.util.ArrayList<>();
            java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'([^']+)'").matcher(e.getMessage());
            while (quoted.find()) {
                names.add(quoted.group(1));
            }
            return Messages.get("cli.usage.missing", names.isEmpty()
                    ? specs.stream().map(UsageProblem::name).collect(Collectors.joining(", ")) : String.join(", ", names));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return Messages.get("cli.usage.invalidValue", name(e.getArgSpec()), e.getValue());
        }
        return e.getMessage();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
