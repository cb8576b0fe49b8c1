package org.claimscape.cli;

import java.io.PrintWriter;
import org.claimscape.io.format.LayerSource;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The top-level {@code claimscape} command; without a subcommand the launcher opens the window instead. */
@Command(name = "claimscape", mixinStandardHelpOptions = true, versionProvider = ClaimscapeCommand.Version.class,
        resourceBundle = CliText.BUNDLE,
        description = {"Map explorer for the Southern Kurils / Northern Territories dispute.",
            "Run without arguments to open the map window; give a command to work headless."},
        subcommands = {ValidateCommand.class, InfoCommand.class, ConvertCommand.class, AreasCommand.class, CompareCommand.class,
            ExportCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Where a command reads or writes a layer file it also takes a PostGIS table,",
            "postgresql://user@host:port/database?table=schema.name, with the password",
            "from PGPASSWORD or ~/.pgpass (never in the URI).", "",
            "Exit codes: 0 ok, 1 invalid input, 2 usage error."})
public final class ClaimscapeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** A command line ready to execute, with the project's exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ClaimscapeCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(LayerSource.class, ClaimscapeCommand::source);
        return cl;
    }

    /* A file or a postgresql:// table; a malformed one is a usage error (2) with the reason, not a stack trace. */
    private static LayerSource source(String text) {
        try {
            return LayerSource.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** Version from the jar manifest, or "dev". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ClaimscapeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Claimscape " + (v == null ? "dev" : v)};
        }
    }
}
