package jianfu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jianfu.dashboards.publication.PublicFiles;
import jianfu.dashboards.publication.PublicationConf;
import jianfu.schemas.Contract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu publish}: the public files of a run (also written by run and demo). */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Write the public figures of a run from its served public_statistics:",
      "<output>/public/statistics.csv, statistics.json and bulletin.html (中文/English)."
    })
final class PublishCommand implements Callable<Integer> {

  @Option(
      names = "--output",
      required = true,
      description = "The run's output folder (it holds serving/jianfu.duckdb).")
  Path output;

  @Option(names = "--conf", description = "Configuration file (default: conf/jianfu.yml).")
  Path configuration;

  @Override
  public Integer call() throws Exception {
    Path folder = output.toAbsolutePath().normalize();
    Path served = folder.resolve("serving").resolve("jianfu.duckdb");
    if (!Files.isRegularFile(served)) {
      throw new StepFailedException(
          served + " does not exist: run ./jianfu run (or demo) with --output " + output);
    }
    Path published = publish(folder, served, ProjectHome.configurationOr(configuration));
    System.out.println("wrote " + published + " (statistics.csv, statistics.json, bulletin.html)");
    return 0;
  }

  static Path publish(Path output, Path served, Path configuration) throws Exception {
    int threshold = PublicationConf.suppressionThreshold(configuration);
    return new PublicFiles(Contract.load(), threshold).write(output, served);
  }
}
