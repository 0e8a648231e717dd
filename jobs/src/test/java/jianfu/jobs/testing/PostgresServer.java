package jianfu.jobs.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server on 127.0.0.1 for tests, one per JVM. The binaries are zonky's
 * (io.zonky.test.postgres, the archive DefaultPostgresBinaryResolver picks for this machine),
 * extracted to a temporary folder; initdb and the server run there. PostgreSQL refuses to run as
 * root, and tests run as root here and in CI: then both run as nobody (setpriv), which owns the
 * cluster's folder. The server stops and its files are deleted when the JVM exits.
 */
public final class PostgresServer {

  private static final String SUPERUSER = "postgres";
  private static final String NOBODY = "65534";
  private static final List<String> AS_NOBODY =
      List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups");

  private static PostgresServer shared;

  private final Path home;
  private final Path data;
  private final int port;
  private final boolean asRoot;

  private PostgresServer(Path home, int port) throws IOException {
    this.home = home;
    this.data = home.resolve("cluster").resolve("data");
    this.port = port;
    // the folder this JVM just created is owned by the JVM's user
    this.asRoot = (Integer) Files.getAttribute(home, "unix:uid") == 0;
  }

  /** The JVM's server, started on first use. */
  public static synchronized PostgresServer shared() {
    if (shared == null) {
      try {
        shared = start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  /** A new empty database, for one test to own; returns its JDBC URL. */
  public String createDatabase(String name) throws SQLException {
    try (Connection connection = connect(SUPERUSER);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** The superuser, who needs no password (trust authentication on 127.0.0.1). */
  public String username() {
    return SUPERUSER;
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), SUPERUSER, "");
  }

  /** Runs SQL statements in {@code database}, one after the other. */
  public void execute(String database, String... statements) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static PostgresServer start() throws IOException {
    Path home = Files.createTempDirectory("jianfu-postgres");
    // nobody must be able to reach the binaries and the cluster folder
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    PostgresServer server = new PostgresServer(home, freePort());
    try {
      server.extractBinaries();
      Path cluster = Files.createDirectories(server.data.getParent());
      if (server.asRoot) {
        UserPrincipalLookupService users = cluster.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView owner =
            Files.getFileAttributeView(cluster, PosixFileAttributeView.class);
        owner.setOwner(users.lookupPrincipalByName(NOBODY));
        owner.setGroup(users.lookupPrincipalByGroupName(NOBODY));
      }
      server.run(
          "initdb",
          "-D",
          server.data.toString(),
          "-U",
          SUPERUSER,
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--locale=C",
          "--no-sync");
      server.run(
          "pg_ctl",
          "-D",
          server.data.toString(),
          "-l",
          cluster.resolve("server.log").toString(),
          "-o",
          "-h 127.0.0.1 -p " + server.port + " -c unix_socket_directories= -c fsync=off",
          "-w",
          "start");
    } catch (IOException | RuntimeException e) {
      server.stop();
      throw e;
    }
    return server;
  }

  private void extractBinaries() throws IOException {
    Path binaries = Files.createDirectories(home.resolve("pgsql"));
    Process tar =
        new ProcessBuilder("tar", "-xJf", "-", "-C", binaries.toString())
            .redirectErrorStream(true)
            .start();
    try (InputStream archive =
            DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(
                "Linux", ArchUtils.normalize(System.getProperty("os.arch")));
        OutputStream into = tar.getOutputStream()) {
      archive.transferTo(into);
    }
    awaitSuccess(tar, "tar");
  }

  /** Runs one of the server's programs, as nobody when this JVM is root. */
  private void run(String program, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(asRoot ? AS_NOBODY : List.of());
    command.add(home.resolve("pgsql").resolve("bin").resolve(program).toString());
    command.addAll(List.of(arguments));
    awaitSuccess(new ProcessBuilder(command).redirectErrorStream(true).start(), program);
  }

  private static void awaitSuccess(Process process, String name) throws IOException {
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IOException(name + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(name + " was interrupted", e);
    }
  }

  private void stop() {
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
      }
      try (Stream<Path> files = Files.walk(home)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      System.err.println("PostgresServer: cannot clean up " + home + ": " + e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
