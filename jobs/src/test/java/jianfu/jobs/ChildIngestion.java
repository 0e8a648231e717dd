package jianfu.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * IngestApplication in a JVM of its own, started as ./jianfu starts it (on this test's classpath),
 * its output read line by line as it comes.
 */
final class ChildIngestion implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(50);

  private final Process process;
  private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
  private final List<String> output = new ArrayList<>();

  private ChildIngestion(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "child ingestion output");
    reader.setDaemon(true);
    reader.start();
  }

  static ChildIngestion start(List<String> arguments) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                IngestApplication.class.getName()));
    command.addAll(arguments);
    return new ChildIngestion(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /**
   * Waits for a line of output that {@code wanted} accepts and returns it; fails, with the output
   * so far, when the process ends or {@code timeout} passes first.
   */
  String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String line = unread.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
      if (line != null) {
        output.add(line);
        if (wanted.test(line)) {
          return line;
        }
      } else if (!process.isAlive() && unread.isEmpty()) {
        throw new AssertionError("the ingestion ended before the line awaited:\n" + output());
      }
    }
    throw new AssertionError("no line awaited within " + timeout + ":\n" + output());
  }

  /** SIGKILL (on Linux): the JVM ends at once, no shutdown hook runs. Returns the exit code. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor();
  }

  /** The output read so far. */
  String output() {
    unread.drainTo(output);
    return String.join("\n", output);
  }

  /** Reads the output until it ends: at the process's end, or when kill() closes the stream. */
  private void readOutput() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        unread.add(line);
      }
    } catch (IOException closedByKill) {
      // the output ends here
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
