package jianfu.pipelines.storage;

/**
 * A path as a Hadoop glob matching only itself. Spark expands every path it reads as a glob
 * (GlobPattern: {@code * ? [ ] { } \}), so a folder named {@code a[1]} would read {@code a1}, or
 * nothing; a backslash before each of these characters makes it literal.
 */
final class HadoopGlob {

  private static final String SPECIAL = "\\*?[]{}";

  private HadoopGlob() {}

  static String matchingOnlyItself(String path) {
    StringBuilder glob = new StringBuilder(path.length());
    for (char c : path.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        glob.append('\\');
      }
      glob.append(c);
    }
    return glob.toString();
  }
}
