package jianfu.dashboards.serving;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.OutputTable;

/**
 * A table of the served database built from its other tables, for what dashboards show but no mart
 * holds (the returns to chase, with names). Declared in {@code serving/<name>.yml} like a mart, so
 * its columns and types are fixed and its Superset dataset is derived the same way; its rows are
 * the query in {@code serving/<name>.sql}.
 */
public record DerivedTable(OutputTable declaration, String query) {

  private static final String FOLDER = "serving/";

  /** Reads the declaration and query named {@code name} from the classpath. */
  public static DerivedTable load(String name) {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try {
      return new DerivedTable(
          yaml.readValue(resource(name + ".yml"), OutputTable.class),
          new String(resource(name + ".sql").readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + name, e);
    }
  }

  private static InputStream resource(String file) {
    InputStream stream = DerivedTable.class.getClassLoader().getResourceAsStream(FOLDER + file);
    if (stream == null) {
      throw new IllegalStateException(FOLDER + file + " is not on the classpath");
    }
    return stream;
  }

  /** {@code CREATE TABLE} with the declared columns and types, in declared order. */
  String createStatement() {
    return "CREATE TABLE "
        + DuckDbSql.identifier(declaration.table())
        + " AS SELECT "
        + ServedTable.columns(declaration, DuckDbSql::identifier)
        + " FROM ("
        + query
        + ")";
  }
}
