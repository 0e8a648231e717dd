package jianfu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * {@code ./jianfu} in a JVM of its own (JianfuProcess), with the JVMs it starts in turn (ingestion,
 * Spark), still running: its output (theirs included) read line by line until a line awaited.
 */
final class ChildRun implements AutoCloseable {

  private final Process process;
  private final BufferedReader lines;
  private final List<String> seen = new ArrayList<>();

  private ChildRun(Process process) {
    this.process = process;
    this.lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  static ChildRun start(Path workingDirectory, List<String> arguments) throws IOException {
    return new ChildRun(JianfuProcess.start(workingDirectory, arguments));
  }

  /**
   * Reads the output until a line {@code wanted} accepts; fails when the run ends or time is up.
   */
  void awaitLine(Predicate<String> wanted, Duration patience) throws Exception {
    CompletableFuture<Boolean> found = CompletableFuture.supplyAsync(() -> readUntil(wanted));
    try {
      if (!found.get(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(
            "the run ended before the line awaited:\n" + String.join("\n", seen));
      }
    } catch (TimeoutException | ExecutionException e) {
      throw new AssertionError(
          "no line awaited within " + patience + ":\n" + String.join("\n", seen), e);
    }
  }

  /**
   * SIGKILL to the whole run at once, its own JVM and those it started, as {@code kill -9} of its
   * process group does: nothing of it runs a line more, no shutdown hook, no clean-up.
   */
  void killEverything() throws InterruptedException {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(0, process.toHandle());
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle each : tree) {
      each.onExit().join();
    }
  }

  /**
   * SIGTERM to the run's own JVM only, as Ctrl-C or a plain {@code kill} does; returns the JVMs it
   * had started, for the caller to see them gone.
   */
  List<ProcessHandle> stopTheCommandOnly() {
    List<ProcessHandle> started = process.descendants().toList();
    process.destroy();
    process.onExit().join();
    return started;
  }

  private boolean readUntil(Predicate<String> wanted) {
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        synchronized (seen) {
          seen.add(line);
        }
        if (wanted.test(line)) {
          return true;
        }
      }
      return false;
    } catch (IOException closedByKill) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      killEverything();
    }
  }
}
