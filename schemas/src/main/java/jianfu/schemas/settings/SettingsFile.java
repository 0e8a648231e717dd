package jianfu.schemas.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads one top-level section of conf/jianfu.yml over its defaults. A key the section leaves out
 * keeps its default; a key it gives replaces the default whole (a weights map is never merged key
 * by key, so a dimension cannot silently keep an old weight). Unknown keys are errors.
 */
final class SettingsFile {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  private SettingsFile() {}

  static <T> T section(Path file, String name, T defaults, Class<T> type) {
    try {
      ObjectNode merged = YAML.valueToTree(defaults);
      JsonNode section = YAML.readTree(file.toFile()).path(name);
      if (section instanceof ObjectNode given) {
        merged.setAll(given);
      }
      return YAML.treeToValue(merged, type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the '" + name + "' section of " + file + ": " + e.getMessage(), e);
    }
  }
}
