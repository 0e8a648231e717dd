package jianfu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The resident memory of a process and all its descendants now: the sum of {@code VmRSS} in their
 * {@code /proc/<pid>/status} (Linux). A process that exits while being read counts as nothing.
 */
final class ProcessTreeRss {

  private ProcessTreeRss() {}

  static long kilobytes(ProcessHandle root) {
    return byProgram(root).values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The same, summed by program: a JVM by the simple name of its main class (JianfuCommand,
   * IngestApplication, PipelineApplication), any other process by its executable's file name.
   */
  static Map<String, Long> byProgram(ProcessHandle root) {
    Map<String, Long> byProgram = new TreeMap<>();
    try (Stream<ProcessHandle> descendants = root.descendants()) {
      Stream.concat(Stream.of(root), descendants)
          .forEach(
              process -> byProgram.merge(program(process), kilobytes(process.pid()), Long::sum));
    }
    return byProgram;
  }

  /**
   * From {@code /proc/<pid>/cmdline}: {@link ProcessHandle.Info#arguments()} gives up on a command
   * line as long as a Spark JVM's classpath.
   */
  static String program(ProcessHandle process) {
    try {
      String[] command =
          new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")))
              .split("\0");
      String executable = Path.of(command[0]).getFileName().toString();
      return mainClass(executable, Arrays.copyOfRange(command, 1, command.length));
    } catch (IOException | RuntimeException gone) {
      return "?";
    }
  }

  /** A java command's main class (the first argument after the options and the classpath). */
  static String mainClass(String executable, String[] arguments) {
    if (!executable.equals("java")) {
      return executable;
    }
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i].equals("-cp") || arguments[i].equals("-classpath")) {
        i++;
      } else if (!arguments[i].startsWith("-")) {
        String main = arguments[i];
        return main.substring(main.lastIndexOf('.') + 1);
      }
    }
    return executable;
  }

  private static long kilobytes(long pid) {
    try {
      return vmRss(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
    } catch (IOException gone) {
      return 0;
    }
  }

  /** The {@code VmRSS: 123456 kB} line of a status file, in kB; 0 when absent (a zombie). */
  static long vmRss(List<String> statusLines) {
    return statusLines.stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .findFirst()
        .orElse(0);
  }
}
