package jianfu.schemas;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data contract, read from the YAML files under {@code contract/} on the classpath. Everything
 * that needs a column list (validation, Parquet, Spark and DuckDB schemas, docs) asks this class.
 */
public final class Contract {

  private static final String ROOT = "contract/";

  private final int version;
  private final Map<String, SourceTable> sources;
  private final Map<String, OutputTable> marts;
  private final Map<String, OutputTable> ingestTables;
  private final ReportingYears reportingYears;
  private final List<ReservedCode> reservedCodes;
  private final List<Term> terms;
  private final List<Measure> measures;

  private Contract(
      int version,
      Map<String, SourceTable> sources,
      Map<String, OutputTable> marts,
      Map<String, OutputTable> ingestTables,
      ReportingYears reportingYears,
      List<ReservedCode> reservedCodes,
      List<Term> terms,
      List<DeclaredMeasure> measures) {
    this.version = version;
    this.sources = sources;
    this.marts = marts;
    this.ingestTables = ingestTables;
    this.reportingYears = reportingYears;
    this.reservedCodes = List.copyOf(reservedCodes);
    this.terms = List.copyOf(terms);
    this.measures = measures.stream().map(this::resolve).toList();
  }

  private record Index(
      int version,
      List<String> sources,
      List<String> marts,
      List<String> ingest,
      ReportingYears reportingYears,
      List<ReservedCode> reservedCodes,
      List<Term> terms,
      List<DeclaredMeasure> measures) {}

  /** A burden measure as contract.yml lists it: its column and the return it is reported in. */
  private record DeclaredMeasure(String name, String dataset) {}

  public static Contract load() {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    Index index = read(yaml, "contract.yml", Index.class);
    Map<String, SourceTable> sources = new LinkedHashMap<>();
    index
        .sources()
        .forEach(
            name -> sources.put(name, read(yaml, "tables/" + name + ".yml", SourceTable.class)));
    Map<String, OutputTable> marts = new LinkedHashMap<>();
    index
        .marts()
        .forEach(name -> marts.put(name, read(yaml, "marts/" + name + ".yml", OutputTable.class)));
    Map<String, OutputTable> ingest = new LinkedHashMap<>();
    index
        .ingest()
        .forEach(
            name -> ingest.put(name, read(yaml, "ingest/" + name + ".yml", OutputTable.class)));
    Contract contract =
        new Contract(
            index.version(),
            sources,
            marts,
            ingest,
            index.reportingYears(),
            index.reservedCodes(),
            index.terms(),
            index.measures());
    contract.checkReservedColumns();
    contract.checkMartColumnsDeclared();
    contract.checkDeclaredValues();
    return contract;
  }

  /**
   * Value labels and a reference's {@code where} name values of an enum that exists, or a typo
   * would label nothing, or reject every row.
   */
  private void checkDeclaredValues() {
    for (SourceTable table : sources.values()) {
      for (SourceColumn column : table.columns()) {
        String where = "tables/" + table.table() + ".yml: column " + column.name();
        if (!column.values().containsAll(column.valueLabels().keySet())) {
          throw new IllegalStateException(where + " labels values it does not have");
        }
        Reference reference = column.references();
        if (reference != null && reference.where() != null) {
          Condition condition = reference.where();
          List<String> values =
              source(reference.table())
                  .findColumn(condition.column())
                  .map(SourceColumn::values)
                  .orElse(List.of());
          if (!values.containsAll(condition.in())) {
            throw new IllegalStateException(
                where
                    + " asks "
                    + reference.table()
                    + "."
                    + condition.column()
                    + " for "
                    + condition.in()
                    + ", not values of that enum");
          }
        }
      }
    }
  }

  /** A reserved code must name columns that exist, or it would protect nothing. */
  private void checkReservedColumns() {
    for (ReservedCode reserved : reservedCodes) {
      for (String column : reserved.columns()) {
        String[] tableAndColumn = column.split("\\.", 2);
        boolean exists =
            tableAndColumn.length == 2
                && sources.containsKey(tableAndColumn[0])
                && sources.get(tableAndColumn[0]).findColumn(tableAndColumn[1]).isPresent();
        if (!exists) {
          throw new IllegalStateException(
              "contract.yml: the reserved code "
                  + reserved.code()
                  + " names "
                  + column
                  + ", which is no table.column of the sources");
        }
      }
    }
  }

  /**
   * Every mart column declares its meaning (definition, labels, unit, decimals, public, headline),
   * since docs/indicators.md and every label a reader sees derive from it.
   */
  private void checkMartColumnsDeclared() {
    for (OutputTable mart : marts.values()) {
      if (mart.labelEn() == null || mart.labelEn().isBlank()) {
        throw new IllegalStateException("marts/" + mart.table() + ".yml needs label_en");
      }
      for (OutputColumn column : mart.columns()) {
        List<String> missing = column.missingMeaning();
        if (!missing.isEmpty()) {
          throw new IllegalStateException(
              "marts/"
                  + mart.table()
                  + ".yml: column "
                  + column.name()
                  + " needs "
                  + String.join(", ", missing));
        }
      }
    }
  }

  /**
   * A listed measure with the labels and unit of its burden_summary column; refused unless that
   * column is a headline figure with its five companions and the dataset is one returns knows, so a
   * measure is added by declaring its columns and listing it, nowhere else.
   */
  private Measure resolve(DeclaredMeasure declared) {
    OutputTable summary = mart("burden_summary");
    String where = "contract.yml: the measure " + declared.name();
    OutputColumn column =
        summary.columns().stream()
            .filter(c -> c.name().equals(declared.name()) && Boolean.TRUE.equals(c.headline()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(where + " is no headline column of burden_summary"));
    Measure measure =
        new Measure(
            column.name(), declared.dataset(), column.label(), column.labelEn(), column.unit());
    List<String> companions =
        List.of(
            measure.reportingColumn(),
            measure.perCommunityColumn(),
            measure.baselineColumn(),
            measure.comparableColumn(),
            measure.reductionPctColumn());
    if (!summary.columnNames().containsAll(companions)) {
      throw new IllegalStateException(where + " needs the burden_summary columns " + companions);
    }
    List<String> datasets = source("returns").findColumn("dataset").orElseThrow().values();
    if (!datasets.contains(declared.dataset())) {
      throw new IllegalStateException(
          where + " names the dataset " + declared.dataset() + ", not one of " + datasets);
    }
    return measure;
  }

  private static <T> T read(ObjectMapper yaml, String file, Class<T> type) {
    try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("contract file missing from the classpath: " + ROOT + file);
      }
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read contract file " + ROOT + file, e);
    }
  }

  /** The contract's version. */
  public int version() {
    return version;
  }

  public List<SourceTable> sources() {
    return List.copyOf(sources.values());
  }

  public SourceTable source(String table) {
    SourceTable found = sources.get(table);
    if (found == null) {
      throw new IllegalArgumentException(
          "unknown source table '" + table + "'; the contract has " + sources.keySet());
    }
    return found;
  }

  /**
   * The tables {@code table} needs loaded before its own rows are checked: those its references
   * point to, and the table of the reporting years when a column of it is checked against them.
   */
  public List<String> tablesNeededBy(SourceTable table) {
    List<String> needed = new ArrayList<>(table.referencedTables());
    boolean checksPeriod =
        table.columns().stream().anyMatch(column -> column.outsideReportingYears() != null);
    if (checksPeriod && !needed.contains(reportingYears.table())) {
      needed.add(reportingYears.table());
    }
    return needed;
  }

  /** Source tables in an order where every table comes after the tables it needs. */
  public List<SourceTable> sourcesInLoadOrder() {
    List<SourceTable> ordered = new ArrayList<>();
    List<SourceTable> remaining = new ArrayList<>(sources.values());
    while (!remaining.isEmpty()) {
      SourceTable next =
          remaining.stream()
              .filter(
                  t ->
                      ordered.stream()
                          .map(SourceTable::table)
                          .toList()
                          .containsAll(tablesNeededBy(t)))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("reference cycle among " + remaining));
      ordered.add(next);
      remaining.remove(next);
    }
    return ordered;
  }

  public List<OutputTable> marts() {
    return List.copyOf(marts.values());
  }

  public OutputTable mart(String name) {
    OutputTable found = marts.get(name);
    if (found == null) {
      throw new IllegalArgumentException(
          "unknown mart '" + name + "'; the contract has " + marts.keySet());
    }
    return found;
  }

  /** Codes the marts use for rows of their own, refused in the data (contract.yml). */
  public List<ReservedCode> reservedCodes() {
    return reservedCodes;
  }

  /** The reserved codes refused in {@code column} of {@code table}. */
  public List<ReservedCode> reservedCodes(SourceTable table, SourceColumn column) {
    return reservedCodes.stream().filter(code -> code.isReservedIn(table, column)).toList();
  }

  public OutputTable quarantine() {
    return ingestTables.get("quarantine");
  }

  public OutputTable ingestAudit() {
    return ingestTables.get("ingest_audit");
  }

  /** Rows loaded with a warning, as served; each table's files hold the quarantine's columns. */
  public OutputTable ingestWarnings() {
    return ingestTables.get("ingest_warnings");
  }

  /** The terms the marts' definitions use, as docs/indicators.md prints them. */
  public List<Term> terms() {
    return terms;
  }

  /** The burden measures, in the order every mart, headline and label list shows them. */
  public List<Measure> measures() {
    return measures;
  }

  /** The measure reported in {@code dataset} (a value of returns.dataset). */
  public Measure measureOf(String dataset) {
    return measures.stream()
        .filter(measure -> measure.dataset().equals(dataset))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no measure is reported in " + dataset));
  }

  public ReportingYears reportingYears() {
    return reportingYears;
  }
}
