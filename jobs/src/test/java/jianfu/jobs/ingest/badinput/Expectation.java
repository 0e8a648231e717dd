package jianfu.jobs.ingest.badinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jianfu.jobs.ingest.validate.Reason;

/**
 * A case's {@code expected.yml}: what the ingest job must do with the case's input. Either the file
 * {@code refused} names is refused whole, or the job completes with exactly the {@code quarantined}
 * rows, exactly the {@code warned} warnings of loaded rows, and the {@code loaded} and {@code
 * collapsed} counts of the case's table.
 *
 * @param proves what the case shows, in one sentence (the README's table of cases)
 * @param table the table the case is about; the case's other files are the reference tables it
 *     needs, ingested before it
 * @param generated the GeneratedInput that writes the input, for bytes a text file cannot hold
 * @param encodings {@code ingest.encodings} for this case (table to charset name)
 * @param settings other settings for this case, by property name ({@code ingest.max_record_size})
 * @param records data records per file, counted by hand, for files commons-csv cannot parse
 */
record Expectation(
    String proves,
    String table,
    String generated,
    Map<String, String> encodings,
    Map<String, String> settings,
    Map<String, Long> records,
    Refusal refused,
    List<Flagged> quarantined,
    List<Flagged> warned,
    Long loaded,
    Long collapsed) {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** The file is refused whole: the message names it and contains {@code messageContains}. */
  record Refusal(String file, String messageContains) {}

  /**
   * One quarantined row (its reason a Reason), or one warning of a loaded row (its reason a warning
   * the contract declares); {@code column} is null for a reason that names none (BAD_ROW); {@code
   * messageContains} and {@code rawRecord} (the record's exact text) are checked when given.
   */
  record Flagged(
      String file,
      long line,
      String column,
      String reason,
      String messageContains,
      String rawRecord) {}

  Expectation {
    encodings = encodings == null ? Map.of() : encodings;
    settings = settings == null ? Map.of() : settings;
    records = records == null ? Map.of() : records;
    quarantined = quarantined == null ? List.of() : quarantined;
    warned = warned == null ? List.of() : warned;
  }

  static Expectation read(Path expectedYml) throws IOException {
    Expectation expectation;
    try {
      expectation = YAML.readValue(expectedYml.toFile(), Expectation.class);
    } catch (JsonProcessingException e) {
      throw new IOException(expectedYml + ": " + e.getOriginalMessage(), e);
    }
    expectation.checkWellFormed(expectedYml);
    return expectation;
  }

  boolean isRefusal() {
    return refused != null;
  }

  /** A case says either what is refused or what is loaded, never both. */
  private void checkWellFormed(Path expectedYml) {
    boolean counted = loaded != null && collapsed != null;
    if (proves == null || table == null || isRefusal() == counted) {
      throw new IllegalArgumentException(
          expectedYml
              + " needs proves, table and either refused or loaded and collapsed (not both)");
    }
    if (isRefusal() && !(quarantined.isEmpty() && warned.isEmpty())) {
      throw new IllegalArgumentException(
          expectedYml + ": a refused case quarantines and warns of nothing");
    }
    quarantined.forEach(row -> Reason.valueOf(row.reason()));
    List<String> declared = Warnings.declared();
    for (Flagged warning : warned) {
      if (!declared.contains(warning.reason())) {
        throw new IllegalArgumentException(
            expectedYml + ": " + warning.reason() + " is none of the warnings " + declared);
      }
    }
  }
}
