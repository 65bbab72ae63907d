package org.esgstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.JsonText;
import org.esgstudio.store.NamedVersion;
import org.esgstudio.store.OpenMode;
import org.esgstudio.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code versions FILE.esg [--json]}: the named versions, oldest first (name, who, when, revision, head hash). */
@Command(name = "versions", mixinStandardHelpOptions = true)
final class VersionsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.esg", descriptionKey = "version.cli.file")
    Path file;

    @Option(names = "--json", descriptionKey = "version.cli.json")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<NamedVersion> versions;
        try (ProjectFile projectFile = ProjectFile.open(file, OpenMode.READ_ONLY)) {
            versions = projectFile.versions();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (NamedVersion version : versions) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", version.name());
                entry.put("author", version.author());
                entry.put("at", version.at().toString());
                entry.put("revision", version.revisionId());
                entry.put("headHash", version.headHash());
                list.add(entry);
            }
            out.println(JsonText.compactWithNulls(Map.of("versions", list)));
            return Cli.OK;
        }
        if (versions.isEmpty()) {
            out.println(Messages.get("version.cli.none", file));
            return Cli.OK;
        }
        for (NamedVersion version : versions) {
            out.println(Messages.get("version.cli.line", version.name(), version.author(), version.at().toString(),
                    version.revisionId(), version.headHash().substring(0, 12)));
        }
        return Cli.OK;
    }
}
