package jianfu.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page of {@code docs/} generated from the declarations: the committed page must be the one they
 * give, or the page lies. {@code -Djianfu.contract.regenerate=true} rewrites it instead.
 */
final class GeneratedDoc {

  private static final String REGENERATE = "jianfu.contract.regenerate";

  private GeneratedDoc() {}

  static void assertCommittedIs(String page, String generated, Class<?> test) throws IOException {
    Path committed = Path.of("..", "docs", page);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as(
            "docs/%s no longer matches schemas/; regenerate it with%n  ./mvnw -pl schemas test"
                + " -Dtest=%s -D%s=true",
            page, test.getSimpleName(), REGENERATE)
        .isEqualTo(generated);
  }
}
