package jianfu.jobs.ingest.read;

import jianfu.schemas.settings.IngestDefaults;
import org.springframework.util.unit.DataSize;

/**
 * The most one CSV record may hold, {@code ingest.max_record_size} (1MB, 64KB, 200B; a plain number
 * is bytes), counted in bytes of the record's text as UTF-8 (a UTF-8 file's own bytes). A quote
 * never closed would otherwise make the rest of the file one record, held in memory and scanned
 * again from each of its lines; a longer record is BAD_ROW (RecordSplitter).
 *
 * @param setting the setting as written, which messages quote
 */
public record RecordSizeLimit(long bytes, String setting) {

  public static final String PROPERTY = "ingest.max_record_size";
  public static final String DEFAULT = IngestDefaults.MAX_RECORD_SIZE;

  /** The limit a setting gives; anything but a positive size is refused, naming the property. */
  public static RecordSizeLimit of(String setting) {
    long bytes;
    try {
      bytes = DataSize.parse(setting.trim()).toBytes();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          PROPERTY + ": '" + setting + "' is not a size such as 1MB, 64KB or 200B", e);
    }
    if (bytes < 1) {
      throw new IllegalArgumentException(PROPERTY + ": '" + setting + "' is not a positive size");
    }
    return new RecordSizeLimit(bytes, setting.trim());
  }

  boolean exceededBy(long size) {
    return size > bytes;
  }

  /** How a message names the limit and the setting that raises it. */
  String describe() {
    return PROPERTY + " (" + setting + ")";
  }
}
