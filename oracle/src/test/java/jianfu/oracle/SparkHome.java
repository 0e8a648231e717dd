package jianfu.oracle;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * A Spark home made of the test's own class path, as a Spark distribution lays it out ({@code
 * jars/}, {@code conf/}), without downloading one: what the standalone daemons, the executors and
 * spark-submit run on. The application's classes and the libraries its jar bundles are left out, so
 * that they reach the cluster only through the submitted jar, as on a real cluster.
 */
final class SparkHome {

  private final Path home;

  private SparkHome(Path home) {
    this.home = home;
  }

  /**
   * Links the class path's jars into {@code folder/jars}, except those whose classes {@code
   * applicationJar} bundles.
   */
  static SparkHome create(Path folder, Path applicationJar) throws IOException {
    Path jars = Files.createDirectories(folder.resolve("jars"));
    Path conf = Files.createDirectories(folder.resolve("conf"));
    // The pipeline's own logging (Spark at WARN) for every JVM of the cluster, not Spark's INFO.
    try (InputStream logging = SparkHome.class.getResourceAsStream("/log4j2.properties")) {
      Files.copy(Objects.requireNonNull(logging), conf.resolve("log4j2.properties"));
    }
    Set<String> bundled = classes(applicationJar);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry).toAbsolutePath();
      Path link = jars.resolve(jar.getFileName().toString());
      if (Files.isRegularFile(jar) && !Files.exists(link) && !isBundled(jar, bundled)) {
        Files.createSymbolicLink(link, jar);
      }
    }
    return new SparkHome(folder.toAbsolutePath());
  }

  /**
   * Starts {@code mainClass} as Spark's scripts would: Spark's JVM module flags, conf/ and the jars
   * on the class path, SPARK_HOME set (a worker builds its executors' class path from it),
   * everything on 127.0.0.1. Output goes to {@code log}.
   */
  Process start(String heap, String mainClass, List<String> arguments, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(sparkJvmFlags());
    String classPath = home.resolve("conf") + File.pathSeparator + home.resolve("jars") + "/*";
    command.addAll(List.of("-Xmx" + heap, "-cp", classPath));
    command.add(mainClass);
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("SPARK_HOME", home.toString());
    // Without it the worker's command builder looks for a source build of Spark.
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + mainClass, e);
    }
  }

  private static List<String> sparkJvmFlags() {
    String flags =
        Objects.requireNonNull(
            System.getProperty("jianfu.sparkJvmFlags"),
            "jianfu.sparkJvmFlags is not set: run this test through Maven (failsafe)");
    return Arrays.asList(flags.strip().split("\\s+"));
  }

  private static boolean isBundled(Path jar, Set<String> bundled) throws IOException {
    Set<String> classes = classes(jar);
    return !classes.isEmpty() && bundled.containsAll(classes);
  }

  /** The class files of a jar, except module descriptors (which the application jar drops). */
  private static Set<String> classes(Path jarFile) throws IOException {
    try (JarFile jar = new JarFile(jarFile.toFile())) {
      return jar.stream()
          .map(JarEntry::getName)
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
          .collect(Collectors.toSet());
    }
  }
}
