package jianfu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The resident memory of a process and all its descendants now: the sum of {@code VmRSS} in their
 * {@code /proc/<pid>/status} (Linux). A process that exits while being read counts as nothing.
 */
final class ProcessTreeRss {

  private ProcessTreeRss() {}

  /**
   * Summed by program: a JVM by the simple name of its main class (JianfuCommand,
   * IngestApplication, PipelineApplication), any other process by its executable's file name.
   */
  static Map<String, Long> byProgram(ProcessHandle root) {
    Map<String, Long> byProgram = new TreeMap<>();
    try (Stream<ProcessHandle> descendants = root.descendants()) {
      Stream.concat(Stream.of(root), descendants)
          .filter(process -> !forkedWithoutExec(process))
          .forEach(
              process -> byProgram.merge(program(process), kilobytes(process.pid()), Long::sum));
    }
    return byProgram;
  }

  /**
   * A child that has not replaced its parent's program yet: a JVM starts a helper (Hadoop's chmod,
   * its spawn helper) by forking, and until the exec the child has its parent's command line and
   * reports its parent's resident set (after a vfork the very same pages), which summed would count
   * the parent twice. A bash subshell is the same case: its pages are its parent's until written.
   */
  static boolean forkedWithoutExec(ProcessHandle process) {
    Optional<byte[]> command = commandLine(process.pid());
    Optional<byte[]> parentCommand = process.parent().flatMap(parent -> commandLine(parent.pid()));
    return command.isPresent()
        && command.get().length > 0
        && parentCommand.isPresent()
        && Arrays.equals(command.get(), parentCommand.get());
  }

  private static Optional<byte[]> commandLine(long pid) {
    try {
      return Optional.of(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")));
    } catch (IOException gone) {
      return Optional.empty();
    }
  }

  /**
   * From {@code /proc/<pid>/cmdline}: {@link ProcessHandle.Info#arguments()} gives up on a command
   * line as long as a Spark JVM's classpath.
   */
  static String program(ProcessHandle process) {
    try {
      String[] command = new String(commandLine(process.pid()).orElseThrow()).split("\0");
      String executable = Path.of(command[0]).getFileName().toString();
      return mainClass(executable, Arrays.copyOfRange(command, 1, command.length));
    } catch (RuntimeException gone) {
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
