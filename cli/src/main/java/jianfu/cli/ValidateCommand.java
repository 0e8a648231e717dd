package jianfu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jianfu.schemas.settings.JvmSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./jianfu validate}: a dry run of the ingestion (jobs JVM in validate mode) that reports
 * every problem and writes nothing; its exit code is the command's.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a folder of source tables as ingestion would, writing nothing (a dry run).",
      "Lists every problem by file, line, column and reason, the refused files, the warnings of"
          + " rows that would load all the same (an unknown department or application, a year"
          + " outside the reporting years), and per table the rows that would be loaded, collapsed,"
          + " quarantined or warned.",
      "Exit code: 0 when clean (warnings alone keep it clean), 1 when a row would be quarantined or"
          + " a file refused (with --strict also when a row would load with a warning), 2 for a"
          + " usage error."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, description = "Folder holding the source tables.")
  Path input;

  @Option(names = "--conf", description = "Configuration file (default: conf/jianfu.yml).")
  Path configuration;

  @Option(
      names = "--strict",
      description = "Count warnings as problems: exit code 1 when any row would load with one.")
  boolean strict;

  @Override
  public Integer call() {
    Path conf = configuration != null ? configuration : ProjectHome.defaultConfiguration();
    if (!Files.isDirectory(input)) {
      throw new ParameterException(spec.commandLine(), "input folder " + input + " does not exist");
    }
    if (!Files.isRegularFile(conf)) {
      throw new ParameterException(
          spec.commandLine(), "configuration file " + conf + " does not exist");
    }
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--validate",
                "--input",
                input.toAbsolutePath().toString(),
                "--conf",
                conf.toAbsolutePath().toString()));
    if (strict) {
      arguments.add("--strict");
    }
    return new ModuleLauncher(ProjectHome.get(), JvmSettings.read(conf))
        .exitCode("jobs", arguments, Map.of());
  }
}
