package jianfu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code --timings} file the pipelines and oracle JVMs write: one {@code <step>
 * <seconds>} line per step, in order.
 */
final class StepTimingsFile {

  private StepTimingsFile() {}

  static Map<String, Double> read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StepFailedException("no timings in " + file + ": " + e.getMessage());
    }
  }

  static Map<String, Double> parse(List<String> lines) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] stepAndSeconds = line.strip().split("\\s+");
      if (stepAndSeconds.length != 2) {
        throw new StepFailedException("not a '<step> <seconds>' timing: " + line);
      }
      seconds.put(stepAndSeconds[0], Double.parseDouble(stepAndSeconds[1]));
    }
    return seconds;
  }
}
