package jianfu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to its end with its output in a log file, timing it and sampling the resident
 * memory of its whole process tree every 100 ms, keeping the largest sum seen.
 */
final class MeasuredProcess {

  private static final long SAMPLE_MILLIS = 100;

  /**
   * Wall seconds, the peak of the process tree's summed RSS, and each program's own peak (JVMs by
   * their main class; {@link ProcessTreeRss#byProgram}), in MB.
   */
  record Measurement(double seconds, double peakRssMb, Map<String, Double> peakRssMbByProgram) {}

  private MeasuredProcess() {}

  static Measurement run(
      String step, List<String> command, Map<String, String> environment, Path log)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    Process process = builder.start();
    long peakKilobytes = 0;
    Map<String, Long> programPeaks = new TreeMap<>();
    try {
      while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
        Map<String, Long> sample = ProcessTreeRss.byProgram(process.toHandle());
        peakKilobytes =
            Math.max(peakKilobytes, sample.values().stream().mapToLong(Long::longValue).sum());
        sample.forEach((program, kilobytes) -> programPeaks.merge(program, kilobytes, Math::max));
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new StepFailedException(step + " was interrupted");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (process.exitValue() != 0) {
      throw new StepFailedException(
          step + " stopped with exit code " + process.exitValue() + ": see " + log);
    }
    Map<String, Double> programPeaksMb = new TreeMap<>();
    programPeaks.forEach((program, kilobytes) -> programPeaksMb.put(program, kilobytes / 1024.0));
    return new Measurement(seconds, peakKilobytes / 1024.0, programPeaksMb);
  }
}
