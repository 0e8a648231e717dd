package jianfu.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import jianfu.schemas.EmbeddedDatabasePaths;

/**
 * A folder given as {@code --output}, once jianfu owns it. jianfu owns a folder it created or found
 * empty, and says so in a marker file; a folder that holds anything else without that marker is
 * somebody else's, and jianfu refuses it before changing anything in it.
 */
final class OutputFolder {

  static final String MARKER = ".jianfu-output";

  private static final String MARKER_TEXT =
      "jianfu output folder: jianfu commands replace here only what they wrote (README, What"
          + " lands where); keep your own files out of the folders they write.\n";

  private final Path path;

  private OutputFolder(Path path) {
    this.path = path;
  }

  /**
   * The folder, for a command that may create it (run, demo, bench): a new or empty folder is
   * marked as jianfu's; a non-empty one without the marker, or one whose path the embedded
   * databases cannot carry, is refused, untouched.
   */
  static OutputFolder claim(Path given) throws IOException {
    Path folder = given.toAbsolutePath().normalize();
    try {
      EmbeddedDatabasePaths.check(folder);
    } catch (IllegalArgumentException notCarried) {
      throw new StepFailedException(notCarried.getMessage() + " (nothing was changed)");
    }
    if (isMarked(folder)) {
      return new OutputFolder(folder);
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new StepFailedException(
          folder + " is a file: give --output a new or empty folder (nothing was changed)");
    }
    if (Files.isDirectory(folder) && !isEmpty(folder)) {
      throw new StepFailedException(
          folder
              + " is not empty and has no "
              + MARKER
              + ", so jianfu did not write it and will not replace anything in it: give --output"
              + " a new or empty folder, or one a jianfu run wrote (nothing was changed)");
    }
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    return new OutputFolder(folder);
  }

  /** The folder of an earlier run (publish, report): refused unless jianfu wrote it. */
  static OutputFolder existing(Path given) {
    Path folder = given.toAbsolutePath().normalize();
    if (!isMarked(folder)) {
      throw new StepFailedException(
          folder
              + " was not written by a jianfu run (it has no "
              + MARKER
              + "): give the --output of ./jianfu run or demo (nothing was changed)");
    }
    return new OutputFolder(folder);
  }

  Path path() {
    return path;
  }

  /**
   * Holds the folder for one command until closed, so that two commands never build into it at
   * once. The operating system releases the lock when the process ends, even by kill -9.
   */
  Lock lock() throws IOException {
    FileChannel channel = FileChannel.open(path.resolve(MARKER), StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new StepFailedException(
          "another jianfu command is writing "
              + path
              + ": wait for it to end, then run again (nothing was changed)");
    }
    return new Lock(channel);
  }

  /** The lock of {@link #lock()}; closing it releases the folder. */
  static final class Lock implements AutoCloseable {

    private final FileChannel channel;

    private Lock(FileChannel channel) {
      this.channel = channel;
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  private static boolean isMarked(Path folder) {
    return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
