package org.esgstudio.cli;

import picocli.CommandLine.Command;

/** The top command: the subcommands below, each with --help. */
@Command(name = "esg-studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {NewCommand.class, InfoCommand.class, ImportJsonCommand.class, ExportJsonCommand.class,
            ExportPdfCommand.class, ExportDocxCommand.class, BenchCommand.class, ValidateCommand.class,
            ImportDataCommand.class, ImportDocxCommand.class, ExportTemplateCommand.class, ExportDataCommand.class,
            VerifyHistoryCommand.class, ApproveCommand.class, SignoffCommand.class, LineageCommand.class,
            ExportEvidenceCommand.class, CommentCommand.class, CommentsCommand.class, VersionCommand.class,
            VersionsCommand.class, CompareCommand.class, CoverageCommand.class, RestoreCommand.class,
            UnlockCommand.class})
final class EsgCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
