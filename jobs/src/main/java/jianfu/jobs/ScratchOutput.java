package jianfu.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.schemas.FileTrees;

/**
 * The output folder of a validation: a fresh folder under the system's temporary folder, so that
 * nothing is written where the user looks, deleted with everything in it when closed.
 */
final class ScratchOutput implements AutoCloseable {

  private final Path folder;

  private ScratchOutput(Path folder) {
    this.folder = folder;
  }

  static ScratchOutput create() throws IOException {
    Path folder = Files.createTempDirectory("jianfu-validate-");
    Files.createDirectories(OutputLayout.work(folder));
    return new ScratchOutput(folder);
  }

  Path folder() {
    return folder;
  }

  @Override
  public void close() throws IOException {
    FileTrees.delete(folder);
  }
}
