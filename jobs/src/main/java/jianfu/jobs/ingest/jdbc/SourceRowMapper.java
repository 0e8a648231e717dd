package jianfu.jobs.ingest.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.jobs.ingest.read.SourceHeader;
import jianfu.jobs.ingest.read.SourceRow;
import jianfu.schemas.SourceTable;
import org.springframework.jdbc.core.RowMapper;

/**
 * A row of a JDBC source as the validator takes a file's record: columns matched to the contract by
 * their labels (SourceHeader, as a file's header), every value as text the way a file would hold it
 * (dates ISO, numbers plain, no exponent), the row's position in the result as its line, and the
 * whole row as a JSON object (label to text) for the quarantine.
 */
public class SourceRowMapper implements RowMapper<SourceRow> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourceTable table;
  private final String name;
  private List<String> labels;
  private SourceHeader header;

  public SourceRowMapper(SourceTable table) {
    this.table = table;
    this.name = JdbcSource.sourceName(table.table());
  }

  @Override
  public SourceRow mapRow(ResultSet row, int position) throws SQLException {
    if (header == null) {
      labels = labels(row.getMetaData());
      header = SourceHeader.of(name, labels, i -> "column " + (i + 1), table);
    }
    List<String> fields = new ArrayList<>(labels.size());
    Map<String, String> record = new LinkedHashMap<>();
    for (int column = 1; column <= labels.size(); column++) {
      String text = text(row, column);
      fields.add(text == null ? "" : text);
      record.put(labels.get(column - 1), text);
    }
    return new SourceRow(name, position, json(record), header.cells(fields));
  }

  /** The column labels of a result, in its order. */
  static List<String> labels(ResultSetMetaData columns) throws SQLException {
    List<String> labels = new ArrayList<>();
    for (int column = 1; column <= columns.getColumnCount(); column++) {
      labels.add(columns.getColumnLabel(column));
    }
    return labels;
  }

  private static String text(ResultSet row, int column) throws SQLException {
    Object value = row.getObject(column);
    if (value == null) {
      return null;
    } else if (value instanceof Date date) {
      return date.toLocalDate().toString();
    } else if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toString();
    } else if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    } else if (value instanceof Double || value instanceof Float) {
      return Double.isFinite(((Number) value).doubleValue())
          ? new BigDecimal(value.toString()).toPlainString()
          : value.toString();
    } else if (value instanceof Number
        || value instanceof Boolean
        || value instanceof String
        || value instanceof TemporalAccessor) {
      return value.toString();
    }
    return row.getString(column);
  }

  private static String json(Map<String, String> record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }
}
