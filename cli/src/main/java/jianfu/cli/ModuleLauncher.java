package jianfu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jianfu.schemas.settings.JvmSettings;

/**
 * Starts a module of the project (jobs, pipelines, the oracle) in a JVM of its own, its heap capped
 * as conf/jianfu.yml's {@code jvm:} section says. Ingestion (Spring Boot) and the indicators
 * (Spark) pin different versions of the same libraries, so they never share a classpath; the build
 * leaves each module's launch files in {@code <module>/target/launch/}. A run's JVMs start from
 * their module's class-data archive ({@link ClassDataSharing}, in {@code <module>/target/cds/}).
 */
final class ModuleLauncher {

  private final Path projectHome;
  private final JvmSettings jvm;

  ModuleLauncher(Path projectHome, JvmSettings jvm) {
    this.projectHome = projectHome;
    this.jvm = jvm;
  }

  /** Runs the module's main class with {@code arguments}, output going to this console. */
  void run(String module, List<String> arguments, Map<String, String> environment) {
    run(module, List.of(), arguments, environment);
  }

  /** Like {@link #run(String, List, Map)}, the JVM also given {@code jvmOptions}. */
  void run(
      String module,
      List<String> jvmOptions,
      List<String> arguments,
      Map<String, String> environment) {
    int exitCode = exitCode(module, jvmOptions, arguments, environment, true);
    if (exitCode != 0) {
      throw new StepFailedException(
          module + " stopped with exit code " + exitCode + " (its message is above)");
    }
  }

  /**
   * Runs the module's main class like {@link #run} and returns its exit code. A dry run never makes
   * the module's class-data archive (it would lack the classes of a real run); it uses one.
   */
  int exitCode(String module, List<String> arguments, Map<String, String> environment) {
    return exitCode(module, List.of(), arguments, environment, false);
  }

  private int exitCode(
      String module,
      List<String> jvmOptions,
      List<String> arguments,
      Map<String, String> environment,
      boolean mayDumpClasses) {
    Launch launch = launch(module);
    ClassDataSharing sharing = classDataSharing(module, launch, mayDumpClasses);
    List<String> withSharing = new ArrayList<>(sharing.jvmOptions());
    withSharing.addAll(jvmOptions);
    int exitCode = start(module, launch.command(null, withSharing, arguments), environment);
    if (sharing.dumpFailed(exitCode)) {
      System.err.println(
          "jianfu: the "
              + module
              + " JVM could not write its class-data archive (its message is above), so whether "
              + module
              + " succeeded is unknown: running it again without");
      return start(module, launch.command(null, jvmOptions, arguments), environment);
    }
    return exitCode;
  }

  private ClassDataSharing classDataSharing(String module, Launch launch, boolean mayDump) {
    if (!jvm.classDataSharing()) {
      return ClassDataSharing.none();
    }
    Path archives = projectHome.resolve(module).resolve("target").resolve("cds");
    return ClassDataSharing.plan(
        module, ClassDataArchive.of(archives, launch.jvmOptions(), launch.classpath()), mayDump);
  }

  private int start(String module, List<String> command, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(environment);
    Process child;
    try {
      child = builder.start();
    } catch (IOException e) {
      throw new StepFailedException("cannot start the " + module + " JVM: " + e.getMessage());
    }
    // Stopped by a signal (Ctrl-C, kill), this JVM takes the child with it: a child left running
    // would go on writing into the generation the next command resumes.
    Thread stopChild = new Thread(() -> stop(child));
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      return child.waitFor();
    } catch (InterruptedException e) {
      // The child must not go on writing outputs after this command has reported the failure.
      stop(child);
      Thread.currentThread().interrupt();
      throw new StepFailedException(module + " was interrupted");
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopChild);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: nothing to remove
      }
    }
  }

  /** Stops the child and whatever it started, and waits for them to be gone. */
  private static void stop(Process child) {
    child.descendants().forEach(ProcessHandle::destroyForcibly);
    child.destroyForcibly();
    child.onExit().join();
  }

  List<String> command(String module, List<String> arguments) {
    return command(module, null, arguments);
  }

  /** The command running {@code mainClass} (null: the module's own) on the module's classpath. */
  List<String> command(String module, String mainClass, List<String> arguments) {
    return launch(module).command(mainClass, List.of(), arguments);
  }

  /** The module's launch files, as the build wrote them, with the heap configured for it. */
  private Launch launch(String module) {
    Path launch = projectHome.resolve(module).resolve("target").resolve("launch");
    Properties descriptor = new Properties();
    String classpath;
    try (InputStream in = Files.newInputStream(launch.resolve("launch.properties"))) {
      descriptor.load(in);
      classpath = Files.readString(launch.resolve("classpath.txt")).strip();
    } catch (IOException e) {
      throw new StepFailedException(
          "the "
              + module
              + " module is not built ("
              + launch
              + " is missing): run ./mvnw -DskipTests package");
    }
    List<String> jvmOptions = new ArrayList<>();
    String moduleJvmOptions = descriptor.getProperty("jvm.options", "").strip();
    if (!moduleJvmOptions.isEmpty()) {
      jvmOptions.addAll(Arrays.asList(moduleJvmOptions.split("\\s+")));
    }
    jvm.heapOf(module).ifPresent(heap -> jvmOptions.add("-Xmx" + heap));
    return new Launch(
        jvmOptions,
        descriptor.getProperty("jar") + java.io.File.pathSeparator + classpath,
        descriptor.getProperty("main"));
  }

  /**
   * How a module's JVM starts: the build's options and the configured heap, its classpath (the
   * module's jar first) and its main class.
   */
  private record Launch(List<String> jvmOptions, String classpath, String mainClass) {

    List<String> command(
        String otherMainClass, List<String> extraJvmOptions, List<String> arguments) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.addAll(extraJvmOptions);
      command.add("-cp");
      command.add(classpath);
      command.add(otherMainClass != null ? otherMainClass : mainClass);
      command.addAll(arguments);
      return command;
    }
  }
}
