package jianfu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to its end with its output in a log file, timing it and sampling the resident
 * memory of its whole process tree every 100 ms, keeping the largest sum seen.
 */
final class MeasuredProcess {

  private static final long SAMPLE_MILLIS = 100;

  /** Wall seconds and the peak of the process tree's summed RSS, in MB. */
  record Measurement(double seconds, double peakRssMb) {}

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
    try {
      while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
        peakKilobytes = Math.max(peakKilobytes, ProcessTreeRss.kilobytes(process.toHandle()));
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
    return new Measurement(seconds, peakKilobytes / 1024.0);
  }
}
