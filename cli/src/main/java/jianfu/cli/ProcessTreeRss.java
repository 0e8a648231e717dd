package jianfu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The resident memory of a process and all its descendants now: the sum of {@code VmRSS} in their
 * {@code /proc/<pid>/status} (Linux). A process that exits while being read counts as nothing.
 */
final class ProcessTreeRss {

  private ProcessTreeRss() {}

  static long kilobytes(ProcessHandle root) {
    try (Stream<ProcessHandle> descendants = root.descendants()) {
      return Stream.concat(Stream.of(root), descendants)
          .mapToLong(process -> kilobytes(process.pid()))
          .sum();
    }
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
