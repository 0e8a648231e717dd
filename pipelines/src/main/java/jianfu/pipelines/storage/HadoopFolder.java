package jianfu.pipelines.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A folder behind a Hadoop URI. A rename is atomic on HDFS and on local disks; object stores such
 * as S3 copy instead, so there a reader may see a mart while it is being renamed.
 */
record HadoopFolder(FileSystem fileSystem, Path path) implements Folder {

  static HadoopFolder at(Path path, Configuration hadoop) {
    try {
      FileSystem fileSystem = path.getFileSystem(hadoop);
      return new HadoopFolder(fileSystem, fileSystem.makeQualified(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the file system of " + path, e);
    }
  }

  @Override
  public String location() {
    return path.toString();
  }

  /**
   * Only the path is a glob: the scheme and authority (an IPv6 host in brackets) stay as they are.
   */
  @Override
  public String readLocation() {
    URI uri = path.toUri();
    return new Path(
            uri.getScheme(), uri.getAuthority(), HadoopGlob.matchingOnlyItself(uri.getPath()))
        .toString();
  }

  @Override
  public Folder child(String name) {
    return new HadoopFolder(fileSystem, new Path(path, name));
  }

  @Override
  public Folder hiddenSibling(String purpose) {
    String name = "." + path.getName() + "." + purpose + "-" + UUID.randomUUID();
    return new HadoopFolder(fileSystem, new Path(path.getParent(), name));
  }

  @Override
  public boolean isDirectory() {
    try {
      return fileSystem.getFileStatus(path).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  @Override
  public boolean hasFileEndingWith(String suffix) {
    if (!isDirectory()) {
      return false;
    }
    try {
      return Stream.of(fileSystem.listStatus(path))
          .anyMatch(file -> file.isFile() && file.getPath().getName().endsWith(suffix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }

  @Override
  public void moveTo(Folder target) {
    Path to = ((HadoopFolder) target).path;
    try {
      // Hadoop reports a failed rename by returning false, and would move the folder INTO an
      // existing target: both are failures here.
      if (fileSystem.exists(to) || !fileSystem.rename(path, to)) {
        throw new IOException("the file system refused the rename");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + path + " to " + to, e);
    }
  }

  @Override
  public void deleteRecursively() {
    try {
      fileSystem.delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }
}
