package jianfu.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jianfu.schemas.Contract;
import jianfu.schemas.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The ingestion's command line: {@code --input DIR --output DIR [--tables a,b] [--conf FILE]
 * [--verbose]}, or {@code --validate [--strict] --input DIR [--tables a,b] [--conf FILE]
 * [--verbose]} for a dry run, which takes no output folder (its output is a scratch folder, see
 * ValidateRunner). Arguments of the form {@code --name=value} that are none of these are Spring
 * properties (for example {@code --spring.datasource.url=...} or {@code --ingest.chunk_size=1000}).
 * A wrong command line exits with picocli's usage code, 2.
 */
@Command(
    name = "IngestApplication",
    customSynopsis = {
      "IngestApplication --input DIR --output DIR [--tables a,b]",
      "         [--conf jianfu.yml] [--verbose] [--spring.property=value ...]",
      "       IngestApplication --validate [--strict] --input DIR [--tables a,b]",
      "         [--conf jianfu.yml] [--verbose]"
    },
    description = "Ingests the source tables of an input folder into an output folder.")
final class IngestCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description = "The folder of <table>.csv / <table>.xlsx source files.")
  private Path input;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Where to write raw/, quarantine/, warnings/ (not with --validate).")
  private Path output;

  @Option(
      names = "--tables",
      split = ",",
      paramLabel = "a,b",
      description = "Only these source tables (default: all).")
  private List<String> tables;

  @Option(names = "--conf", paramLabel = "jianfu.yml", description = "The configuration file.")
  private String conf;

  @Option(names = "--validate", description = "A dry run: report every problem, write nothing.")
  private boolean validate;

  @Option(names = "--strict", description = "With --validate: a warning counts against it too.")
  private boolean strict;

  @Option(names = "--verbose", description = "Print the stack trace of a failure.")
  private boolean verbose;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  /** Spring properties ({@code --name=value}); anything else here is a usage error. */
  @Unmatched private List<String> unmatched = new ArrayList<>();

  /** Parses {@code args} and runs the ingestion or validation; returns its exit code. */
  static int run(String... args) {
    return new CommandLine(new IngestCommand())
        .setUnmatchedArgumentsAllowed(true)
        // an argument starting with @ is a name, never a file of more arguments
        .setExpandAtFiles(false)
        .setParameterExceptionHandler(IngestCommand::usageError)
        .execute(args);
  }

  @Override
  public Integer call() {
    IngestArguments arguments = arguments();
    try {
      arguments.checkTables(Contract.load());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return IngestApplication.ingest(arguments);
  }

  private IngestArguments arguments() {
    List<String> springArguments = new ArrayList<>();
    for (String argument : unmatched) {
      if (!argument.startsWith("--") || argument.indexOf('=') < 0) {
        throw usage("unknown argument '" + argument + "'");
      }
      springArguments.add(argument);
    }
    if (conf != null) {
      springArguments.add("--spring.config.import=file:" + conf);
    }
    Path inputFolder = folder(input, "--input").toAbsolutePath().normalize();
    if (!Files.isDirectory(inputFolder)) {
      throw usage("the input folder " + inputFolder + " does not exist");
    }
    if (strict && !validate) {
      throw usage("--strict is an option of --validate");
    }
    if (validate && output != null) {
      throw usage("--validate writes nothing: it takes no --output");
    }
    if (!validate) {
      folder(output, "--output");
    }
    return new IngestArguments(
        inputFolder,
        validate ? null : output.toAbsolutePath().normalize(),
        tables == null ? List.of() : tables.stream().map(String::trim).toList(),
        validate,
        strict,
        verbose,
        List.copyOf(springArguments));
  }

  /** An empty value would mean the working folder: refused like a missing one. */
  private Path folder(Path value, String option) {
    if (value == null || value.toString().isBlank()) {
      throw usage(option + " is required");
    }
    return value;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The message (a path or table name may hold anything: escaped for the terminal), the usage. */
  private static int usageError(ParameterException problem, String[] args) {
    CommandLine commandLine = problem.getCommandLine();
    commandLine.getErr().println(TerminalText.escape(problem.getMessage()));
    commandLine.usage(commandLine.getErr());
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }
}
