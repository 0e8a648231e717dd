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
 * <seconds>} line per step, in order. Spark's: {@value #SESSION_START}, {@value #SHARED_MODELS},
 * one line per mart (its own seconds; marts are written side by side, so these overlap), then
 * {@value #COMPUTE_WALL}.
 */
public final class StepTimings {

  /** Spark's session start-up, kept apart from the marts' time. */
  public static final String SESSION_START = "session_start";

  /** Computing the models several marts read, before any mart is written. */
  public static final String SHARED_MODELS = "shared_models";

  /** The wall time of the shared models and every mart: what the bench compares with DuckDB. */
  public static final String COMPUTE_WALL = "compute_wall";

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
