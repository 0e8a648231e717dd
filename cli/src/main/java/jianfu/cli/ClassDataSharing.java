package jianfu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Class-data sharing for one launch of a module's JVM ({@code jvm.class_data_sharing}): the JVM
 * maps its module's archive when there is one. Without one, a launch that may make it has the JVM
 * dump the classes it loaded as it exits (the first run after each build pays for the dump, about 3
 * s for ingestion and 16 s for Spark; measured in docs/benchmarks.md, "Class-data sharing"), and
 * the dump is kept only when the module succeeded, so an archive comes from a whole run.
 *
 * <p>It stays out of the user's way: the JVM's own CDS messages are off, and no dump is tried where
 * it cannot succeed (a JDK without its base archive, no room). A dump that fails all the same makes
 * the JVM exit 1 whatever the module did; {@link #dumpFailed} tells, and the module runs again
 * without (each module is safe to run again: ingestion resumes, Spark rewrites its marts).
 */
final class ClassDataSharing {

  /** CDS's own messages (classes it skips, an archive that does not match) are not the user's. */
  private static final String QUIET = "-Xlog:cds*=off";

  /** Free space below which no dump is tried: Spark's archive is about 180 MB. */
  private static final long ROOM_FOR_A_DUMP = 1L << 30;

  private static final ClassDataSharing NONE = new ClassDataSharing(List.of(), null, null);

  private final List<String> jvmOptions;
  private final ClassDataArchive archive;
  private final Path dump;

  private ClassDataSharing(List<String> jvmOptions, ClassDataArchive archive, Path dump) {
    this.jvmOptions = jvmOptions;
    this.archive = archive;
    this.dump = dump;
  }

  /** A launch without class-data sharing. */
  static ClassDataSharing none() {
    return NONE;
  }

  /**
   * The launch of {@code module}'s JVM with {@code archive}: mapped when it exists, else dumped at
   * exit if {@code mayDump} and this JDK can; saying so in one line on stderr.
   */
  static ClassDataSharing plan(String module, Optional<ClassDataArchive> archive, boolean mayDump) {
    if (archive.isEmpty()) {
      return NONE;
    }
    if (archive.get().exists()) {
      return new ClassDataSharing(
          List.of("-XX:SharedArchiveFile=" + archive.get().file(), QUIET), null, null);
    }
    if (!mayDump || !baseArchiveLoaded()) {
      return NONE;
    }
    try {
      archive.get().deleteStale();
      Path dump = archive.get().temporaryFile();
      if (Files.getFileStore(dump.getParent()).getUsableSpace() < ROOM_FOR_A_DUMP) {
        return NONE;
      }
      System.err.println(
          "jianfu: first "
              + module
              + " run since the build: its classes are archived as it exits, for faster start-ups"
              + " (this run takes longer, once; see jvm.class_data_sharing)");
      return new ClassDataSharing(
          List.of("-XX:ArchiveClassesAtExit=" + dump, QUIET), archive.get(), dump);
    } catch (IOException e) {
      return NONE;
    }
  }

  /**
   * A dynamic archive extends the JDK's base archive: without it (a JDK built without one, or this
   * JVM started with -Xshare:off) the JVM would refuse to start with a dump asked of it.
   */
  private static boolean baseArchiveLoaded() {
    return System.getProperty("java.vm.info", "").contains("sharing");
  }

  List<String> jvmOptions() {
    return jvmOptions;
  }

  /**
   * After the JVM exited with {@code exitCode}: keeps its dump as the archive when the module
   * succeeded, else deletes it; true when the dump itself failed (the JVM then exits 1 and writes
   * nothing, even when the module succeeded), so the module's outcome is unknown.
   */
  boolean dumpFailed(int exitCode) {
    if (dump == null) {
      return false;
    }
    boolean dumped = Files.isRegularFile(dump);
    try {
      if (dumped && exitCode == 0) {
        archive.keep(dump);
      } else {
        Files.deleteIfExists(dump);
      }
    } catch (IOException e) {
      // The run stands without an archive; the next run dumps again.
    }
    return !dumped && exitCode == 1;
  }
}
