package jianfu.pipelines.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;
import jianfu.schemas.FileTrees;

/** A folder on this machine's file system, renamed atomically. */
record LocalFolder(Path path) implements Folder {

  @Override
  public String location() {
    return path.toString();
  }

  @Override
  public String readLocation() {
    return HadoopGlob.matchingOnlyItself(location());
  }

  @Override
  public Folder child(String name) {
    return new LocalFolder(path.resolve(name));
  }

  @Override
  public Folder hiddenSibling(String purpose) {
    return new LocalFolder(
        path.resolveSibling("." + path.getFileName() + "." + purpose + "-" + UUID.randomUUID()));
  }

  @Override
  public boolean isDirectory() {
    return Files.isDirectory(path);
  }

  @Override
  public boolean hasFileEndingWith(String suffix) {
    if (!isDirectory()) {
      return false;
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(suffix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }

  @Override
  public void moveTo(Folder target) {
    Path to = ((LocalFolder) target).path;
    try {
      Files.move(path, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + path + " to " + to, e);
    }
  }

  @Override
  public void deleteRecursively() {
    try {
      FileTrees.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }
}
