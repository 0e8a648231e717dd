package jianfu.dashboards.superset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The bundle as Superset's importer sees it: the ZIP that {@link SupersetBundle} writes from the
 * committed folder, each entry named without its top folder and loaded with YAML 1.1 rules.
 */
final class UnzippedBundle {

  /** The committed bundle; Surefire runs tests in the module folder. */
  static final Path COMMITTED = Path.of("superset");

  static final Path DUCKDB_FILE = Path.of("/srv/test/serving/jianfu.duckdb");

  final Path zip;

  /** Entry names as written, in ZIP order. */
  final List<String> entryNames;

  /** Bundle path (the entry name without its top folder) to file text. */
  final Map<String, String> texts = new LinkedHashMap<>();

  /** Bundle path to the file as loaded. */
  private final Map<String, Map<String, Object>> loaded = new LinkedHashMap<>();

  private UnzippedBundle(Path zip, List<String> entryNames) {
    this.zip = zip;
    this.entryNames = entryNames;
  }

  static UnzippedBundle write(Path folder) throws IOException {
    return write(folder, DUCKDB_FILE);
  }

  /** The bundle written into {@code folder} with its database on {@code duckdbFile}. */
  static UnzippedBundle write(Path folder, Path duckdbFile) throws IOException {
    Path zip = new SupersetBundle(COMMITTED).write(folder.resolve("bundle.zip"), duckdbFile);
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      UnzippedBundle bundle =
          new UnzippedBundle(zip, file.stream().map(ZipEntry::getName).toList());
      for (ZipEntry entry : file.stream().toList()) {
        try (InputStream in = file.getInputStream(entry)) {
          String withoutRoot = entry.getName().substring(entry.getName().indexOf('/') + 1);
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          bundle.texts.put(withoutRoot, text);
          bundle.loaded.put(withoutRoot, BundleYaml.read(text));
        }
      }
      return bundle;
    }
  }

  Map<String, Object> config(String path) {
    return loaded.get(path);
  }

  /** The loaded files below {@code folder} ({@code databases}, {@code charts}, ...) by path. */
  Map<String, Map<String, Object>> configs(String folder) {
    Map<String, Map<String, Object>> configs = new LinkedHashMap<>();
    texts.keySet().stream()
        .filter(path -> path.startsWith(folder + "/"))
        .forEach(path -> configs.put(path, config(path)));
    return configs;
  }

  /** Every config file of the four asset types. */
  Map<String, Map<String, Object>> assets() {
    Map<String, Map<String, Object>> assets = new LinkedHashMap<>();
    for (String folder : List.of("databases", "datasets", "charts", "dashboards")) {
      assets.putAll(configs(folder));
    }
    return assets;
  }

  /** The uuids of the files below {@code folder}. */
  List<String> uuids(String folder) {
    return configs(folder).values().stream().map(config -> (String) config.get("uuid")).toList();
  }

  /** The dataset a chart draws from. */
  Map<String, Object> datasetOf(Map<String, Object> chart) {
    return withUuid("datasets", chart.get("dataset_uuid"));
  }

  /** The file below {@code folder} whose uuid is {@code uuid}. */
  Map<String, Object> withUuid(String folder, Object uuid) {
    return configs(folder).values().stream()
        .filter(config -> config.get("uuid").equals(uuid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no file in " + folder + " has uuid " + uuid));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }
}
