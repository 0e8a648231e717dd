package jianfu.schemas;

import java.nio.file.Path;

/**
 * Output folders whose paths the embedded databases cannot carry: the H2 job repository and the
 * DuckDB files live under the output folder, and each database reads part of a path as syntax. One
 * rule for every command that writes an output folder, checked before it writes anything there.
 */
public final class EmbeddedDatabasePaths {

  /** Where H2's URL ends the database's file name: the rest are settings, INIT among them. */
  private static final char H2_SETTINGS_START = ';';

  private EmbeddedDatabasePaths() {}

  /**
   * Refuses an output folder that H2 or DuckDB cannot carry, naming the character and why.
   *
   * @throws IllegalArgumentException naming the folder as an absolute path
   */
  public static void check(Path folder) {
    Path absolute = folder.toAbsolutePath();
    checkH2(absolute);
    DuckDbSql.checkDatabasePath(absolute);
  }

  /**
   * Refuses a folder holding a ';', for H2 files under it.
   *
   * @throws IllegalArgumentException when the path holds a ';': H2 takes its file name from the URL
   *     only, up to the first ';', with no way to escape one, so the rest of the path would be read
   *     as settings (INIT=... runs SQL)
   */
  public static void checkH2(Path folder) {
    if (folder.toAbsolutePath().toString().indexOf(H2_SETTINGS_START) >= 0) {
      throw new IllegalArgumentException(
          ("'%s' in %s cannot be used: the job repository is an H2 file under it, and H2 reads its"
                  + " path only up to the first '%1$s' (the rest would be taken as settings);"
                  + " choose an output folder without it")
              .formatted(H2_SETTINGS_START, folder));
    }
  }
}
