package jianfu.jobs.ingest.read;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Counts the records the stage step's reader returns or refuses as malformed (BAD_ROW), per source,
 * so that the audit's rows_read is counted where rows come in, independently of what the validator
 * and the staging make of them. The counts are saved with the step's state at every commit (a
 * restart resumes them with the reader's position) and promoted to the job's state when the step
 * completes, where the commit step reads them.
 */
public class RecordCountingReader implements ItemStreamReader<SourceRow> {

  /** The key of the counts in the stage step's state, and in the job's once promoted. */
  public static final String RECORDS_READ = "ingest.records.read";

  private final ItemStreamReader<SourceRow> reader;
  private final Map<String, Long> records = new LinkedHashMap<>();

  public RecordCountingReader(ItemStreamReader<SourceRow> reader) {
    this.reader = reader;
  }

  /** The records read per source (a file name, or jdbc:T) saved in {@code state}. */
  public static Map<String, Long> recordsIn(ExecutionContext state) {
    Map<String, Long> records = new LinkedHashMap<>();
    Object saved = state.get(RECORDS_READ);
    if (saved instanceof Map<?, ?> counts) {
      counts.forEach((source, count) -> records.put((String) source, ((Number) count).longValue()));
    }
    return records;
  }

  @Override
  public SourceRow read() throws Exception {
    try {
      SourceRow row = reader.read();
      if (row != null) {
        count(row.sourceFile());
      }
      return row;
    } catch (MalformedRecordException malformed) {
      count(malformed.sourceFile());
      throw malformed;
    }
  }

  private void count(String source) {
    records.merge(source, 1L, Long::sum);
  }

  @Override
  public void open(ExecutionContext state) {
    reader.open(state);
    records.clear();
    records.putAll(recordsIn(state));
  }

  @Override
  public void update(ExecutionContext state) {
    reader.update(state);
    state.put(RECORDS_READ, new LinkedHashMap<>(records));
  }

  @Override
  public void close() {
    reader.close();
  }
}
