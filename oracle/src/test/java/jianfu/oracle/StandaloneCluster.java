package jianfu.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on 127.0.0.1: one master and one worker (2 cores, 1 GiB), each a JVM
 * of its own on a {@link SparkHome}, with free ports, the web UIs on loopback and the worker's
 * executors under {@code folder/work}. Every process started here is stopped by {@link #close()}.
 */
final class StandaloneCluster implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkHome home;
  private final Path folder;
  private final int masterPort = freePort();
  private final int masterUiPort = freePort();
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Process> processes = new ArrayList<>();

  StandaloneCluster(SparkHome home, Path folder) {
    this.home = home;
    this.folder = folder;
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /** Starts the master and the worker and returns once the master counts the worker alive. */
  void start() throws IOException, InterruptedException {
    start(
        "master",
        "org.apache.spark.deploy.master.Master",
        "--host",
        "127.0.0.1",
        "--port",
        String.valueOf(masterPort),
        "--webui-port",
        String.valueOf(masterUiPort));
    start(
        "worker",
        "org.apache.spark.deploy.worker.Worker",
        masterUrl(),
        "--host",
        "127.0.0.1",
        "--cores",
        "2",
        "--memory",
        "1g",
        "--webui-port",
        "0",
        "--work-dir",
        Files.createDirectories(folder.resolve("work")).toString());
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (status().path("aliveworkers").asInt() < 1) {
      for (Process process : processes) {
        if (!process.isAlive()) {
          throw new IllegalStateException("a Spark daemon stopped; see the logs in " + folder);
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no worker alive after " + START_TIMEOUT + "; " + folder);
      }
      Thread.sleep(500);
    }
  }

  /**
   * Runs spark-submit (client mode, so the driver is a child JVM here) with {@code arguments} after
   * the master's URL; its output goes to {@code folder/driver.log}.
   */
  Process submit(List<String> arguments) {
    List<String> submit = new ArrayList<>(List.of("--master", masterUrl()));
    submit.addAll(arguments);
    return started(home.start("1g", "org.apache.spark.deploy.SparkSubmit", submit, driverLog()));
  }

  Path driverLog() {
    return folder.resolve("driver.log");
  }

  /** The master's view of the applications that ran to their end: name and final state. */
  List<String> completedApplications() throws IOException, InterruptedException {
    List<String> applications = new ArrayList<>();
    status()
        .path("completedapps")
        .forEach(
            app -> applications.add(app.path("name").asText() + " " + app.path("state").asText()));
    return applications;
  }

  /** Stops the driver if still running, the worker (which stops its executors) and the master. */
  @Override
  public void close() throws InterruptedException {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process process = processes.get(i);
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private void start(String name, String mainClass, String... arguments) {
    started(home.start("256m", mainClass, List.of(arguments), folder.resolve(name + ".log")));
  }

  private Process started(Process process) {
    processes.add(process);
    return process;
  }

  /** The master web UI's JSON status; before the UI listens, a status without workers. */
  private JsonNode status() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
            .timeout(Duration.ofSeconds(10))
            .build();
    try {
      return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException notListeningYet) {
      return JSON.createObjectNode();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }
}
