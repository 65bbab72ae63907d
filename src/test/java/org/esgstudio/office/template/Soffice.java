package org.esgstudio.office.template;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** LibreOffice run headless to convert a file, as a user's "save as" in LibreOffice (or WPS) does; each run its own profile. */
public final class Soffice {
    private Soffice() {
    }

    /** The soffice executable on the PATH, if LibreOffice is installed. */
    public static Optional<Path> executable() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Converts each input into {@code outDir} with the given filter ("xlsx") in one run; returns the converted files. */
    public static List<Path> convert(List<Path> inputs, Path outDir, String format) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-esg-template-");
        try {
            Files.createDirectories(outDir);
            List<String> command = new java.util.ArrayList<>(List.of(executable().orElseThrow().toString(),
                    "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", format,
                    "--outdir", outDir.toString()));
            inputs.forEach(input -> command.add(input.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("soffice did not finish converting " + inputs);
            }
            List<Path> converted = new java.util.ArrayList<>();
            for (Path input : inputs) {
                String name = input.getFileName().toString();
                Path result = outDir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
                if (process.exitValue() != 0 || !Files.isRegularFile(result)) {
                    throw new IOException("soffice failed to convert " + input + ": " + output);
                }
                converted.add(result);
            }
            return converted;
        } finally {
            try (java.util.stream.Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
