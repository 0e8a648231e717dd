package jianfu.pipelines.storage;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * A folder the pipeline reads or writes: a local path, or a Hadoop URI ({@code hdfs://}, {@code
 * s3a://}, {@code file://}) so that a cluster's driver and executors share it. A path without a
 * scheme means what it means to Spark: a path on the default file system ({@code fs.defaultFS}),
 * which is the local disk unless a cluster's Hadoop configuration names, say, HDFS. Local folders
 * keep {@code java.nio}'s atomic rename; the others go through Hadoop's {@code FileSystem}.
 */
public sealed interface Folder permits LocalFolder, HadoopFolder {

  /**
   * The folder at {@code location}; {@code hadoop} configures the file systems (Spark's {@code
   * spark.hadoop.*} settings end up there: the default file system, S3 credentials, ...).
   */
  static Folder at(String location, Configuration hadoop) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
    boolean onDefault = path.toUri().getScheme() == null;
    if (onDefault && "file".equals(FileSystem.getDefaultUri(hadoop).getScheme())) {
      return new LocalFolder(Path.of(location));
    }
    return HadoopFolder.at(path, hadoop);
  }

  /** The location as Spark's writers take it. */
  String location();

  /**
   * The location as Spark's readers take it: they expand it as a glob, so its glob characters are
   * escaped to match only themselves (HadoopGlob).
   */
  String readLocation();

  Folder child(String name);

  /**
   * A sibling no reader looks at (Spark and DuckDB skip names starting with a dot), unique to this
   * call: {@code .<name>.<purpose>-<uuid>}.
   */
  Folder hiddenSibling(String purpose);

  boolean isDirectory();

  /** Whether this is a folder holding at least one file whose name ends with {@code suffix}. */
  boolean hasFileEndingWith(String suffix);

  /** Renames this folder to {@code target}, which must not exist and be of the same kind. */
  void moveTo(Folder target);

  /** Deletes the folder and everything in it; nothing happens when it does not exist. */
  void deleteRecursively();
}
