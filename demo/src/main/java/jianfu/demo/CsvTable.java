package jianfu.demo;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianfu.schemas.SourceTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One CSV file of a source table (RFC 4180, UTF-8), headed by the contract's column names. */
final class CsvTable implements Closeable {

  private final String name;
  private final List<String> columns;
  private final CSVPrinter printer;
  private int rows;
  private List<String> firstRow;

  private CsvTable(SourceTable table, CSVPrinter printer) {
    this.name = table.table();
    this.columns = table.columnNames();
    this.printer = printer;
  }

  static CsvTable create(Path file, SourceTable table) {
    try {
      CSVFormat format =
          CSVFormat.RFC4180.builder().setHeader(table.columnNames().toArray(String[]::new)).get();
      return new CsvTable(
          table, new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), format));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  Row row() {
    return new Row(name, columns);
  }

  void write(Row row) {
    write(row.cells());
  }

  /** Writes cells as given, also a deliberately malformed row. */
  void write(List<String> cells) {
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a row of " + name, e);
    }
    if (firstRow == null) {
      firstRow = cells;
    }
    rows++;
  }

  int rows() {
    return rows;
  }

  /** The first data row written, or null before any. */
  List<String> firstRow() {
    return firstRow;
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
