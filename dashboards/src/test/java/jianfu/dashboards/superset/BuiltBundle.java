package jianfu.dashboards.superset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link UnzippedBundle} parameters: the ZIP is written from the committed folder once per
 * test run, in a temporary folder removed when the run ends.
 */
final class BuiltBundle implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BuiltBundle.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == UnzippedBundle.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent(UnzippedBundle.class, type -> Written.build(), Written.class)
        .bundle();
  }

  /** Closed, and so removed, by JUnit when the run ends. */
  private record Written(Path folder, UnzippedBundle bundle) implements AutoCloseable {

    static Written build() {
      try {
        Path folder = Files.createTempDirectory("jianfu-superset-bundle");
        return new Written(folder, UnzippedBundle.write(folder));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(bundle.zip);
      Files.deleteIfExists(folder);
    }
  }
}
