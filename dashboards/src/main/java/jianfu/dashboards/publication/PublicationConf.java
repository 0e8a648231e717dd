package jianfu.dashboards.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The {@code publication.suppression_threshold} of conf/jianfu.yml, which the public files state;
 * the pipelines applied the same value when they computed public_statistics.
 */
public final class PublicationConf {

  /** docs/indicators.md: fewer than 3 communities. */
  static final int DEFAULT_THRESHOLD = 3;

  private PublicationConf() {}

  public static int suppressionThreshold(Path conf) {
    try {
      JsonNode threshold =
          new ObjectMapper(new YAMLFactory())
              .readTree(conf.toFile())
              .path("publication")
              .path("suppression_threshold");
      return threshold.isMissingNode() || threshold.isNull()
          ? DEFAULT_THRESHOLD
          : threshold.asInt();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + conf + ": " + e.getMessage(), e);
    }
  }
}
