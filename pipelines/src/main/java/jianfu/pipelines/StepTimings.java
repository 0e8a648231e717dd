package jianfu.pipelines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code --timings FILE} both mart engines write for {@code ./jianfu bench}: one {@code <step>
 * <seconds>} line per step, in order ({@code session_start} for Spark, then one line per mart).
 */
public final class StepTimings {

  /** Spark's session start-up, kept apart from the marts' time. */
  public static final String SESSION_START = "session_start";

  private StepTimings() {}

  public static void write(Path file, Map<String, Double> seconds) {
    String lines =
        seconds.entrySet().stream()
            .map(step -> String.format(Locale.ROOT, "%s %.6f%n", step.getKey(), step.getValue()))
            .collect(Collectors.joining());
    try {
      Files.writeString(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the timings file " + file, e);
    }
  }
}
