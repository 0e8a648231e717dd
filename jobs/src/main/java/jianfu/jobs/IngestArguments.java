package jianfu.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;

/**
 * The command line: {@code --input DIR --output DIR [--tables a,b] [--conf FILE] [--verbose]}, or
 * {@code --validate [--strict] --input DIR [--tables a,b] [--conf FILE] [--verbose]} for a dry run,
 * which takes no output folder (its output is a scratch folder, see ValidateRunner); {@code
 * --strict} makes warnings count against it. Arguments of the form {@code --name=value} that are
 * none of these are Spring properties (for example {@code --spring.datasource.url=...} or {@code
 * --ingest.chunk_size=1000}).
 */
public record IngestArguments(
    Path input,
    Path output,
    List<String> tables,
    boolean validate,
    boolean strict,
    boolean verbose,
    List<String> springArguments) {

  public static final String USAGE =
      "usage: IngestApplication --input DIR --output DIR [--tables a,b] [--conf jianfu.yml]"
          + " [--verbose] [--spring.property=value ...]\n"
          + "       IngestApplication --validate [--strict] --input DIR [--tables a,b]"
          + " [--conf jianfu.yml] [--verbose]";

  private static final String INPUT = "--input";
  private static final String OUTPUT = "--output";
  private static final String TABLES = "--tables";
  private static final String CONF = "--conf";
  private static final String VALIDATE = "--validate";
  private static final String STRICT = "--strict";
  private static final String VERBOSE = "--verbose";
  private static final List<String> WITH_VALUE = List.of(INPUT, OUTPUT, TABLES, CONF);

  /** Reads the command line; IllegalArgumentException says what is wrong with it. */
  public static IngestArguments parse(String... args) {
    Map<String, String> values = new HashMap<>();
    List<String> springArguments = new ArrayList<>();
    boolean validate = false;
    boolean strict = false;
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      String argument = args[i];
      int equals = argument.indexOf('=');
      String name = equals < 0 ? argument : argument.substring(0, equals);
      if (WITH_VALUE.contains(name)) {
        if (equals < 0 && i + 1 == args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        values.put(name, equals < 0 ? args[++i] : argument.substring(equals + 1));
      } else if (argument.equals(VALIDATE)) {
        validate = true;
      } else if (argument.equals(STRICT)) {
        strict = true;
      } else if (argument.equals(VERBOSE)) {
        verbose = true;
      } else if (argument.startsWith("--") && equals > 0) {
        springArguments.add(argument);
      } else {
        throw new IllegalArgumentException("unknown argument '" + argument + "'");
      }
    }
    if (values.containsKey(CONF)) {
      springArguments.add("--spring.config.import=file:" + values.get(CONF));
    }
    Path input = Path.of(required(values, INPUT)).toAbsolutePath().normalize();
    if (!Files.isDirectory(input)) {
      throw new IllegalArgumentException("the input folder " + input + " does not exist");
    }
    if (strict && !validate) {
      throw new IllegalArgumentException(STRICT + " is an option of " + VALIDATE);
    }
    if (validate && values.containsKey(OUTPUT)) {
      throw new IllegalArgumentException(VALIDATE + " writes nothing: it takes no " + OUTPUT);
    }
    Path output = validate ? null : Path.of(required(values, OUTPUT)).toAbsolutePath().normalize();
    List<String> tables =
        values.containsKey(TABLES)
            ? Arrays.stream(values.get(TABLES).split(",")).map(String::trim).toList()
            : List.of();
    return new IngestArguments(
        input, output, tables, validate, strict, verbose, List.copyOf(springArguments));
  }

  /** The same command writing to {@code folder} (a validation's scratch folder). */
  public IngestArguments withOutput(Path folder) {
    return new IngestArguments(input, folder, tables, validate, strict, verbose, springArguments);
  }

  /** Fails, naming the contract's tables, when --tables names a table the contract lacks. */
  public void checkTables(Contract contract) {
    tables.forEach(contract::source);
  }

  /**
   * The tables to ingest in load order (all when --tables is not given). A validation also takes
   * the tables the named ones need (Contract.tablesNeededBy), since their references resolve
   * against those tables' rows and their years against the reporting years.
   */
  public List<SourceTable> tablesIn(Contract contract) {
    List<SourceTable> loadOrder = contract.sourcesInLoadOrder();
    Set<String> named = new HashSet<>(tables);
    if (validate) {
      // A table comes after the tables it refers to, so one pass from the end takes them all.
      for (int i = loadOrder.size() - 1; i >= 0; i--) {
        if (named.contains(loadOrder.get(i).table())) {
          named.addAll(contract.tablesNeededBy(loadOrder.get(i)));
        }
      }
    }
    return loadOrder.stream()
        .filter(table -> tables.isEmpty() || named.contains(table.table()))
        .toList();
  }

  private static String required(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }
}
