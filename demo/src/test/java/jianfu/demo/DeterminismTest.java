package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  private final DemoFolder demo = DemoFolder.shared();

  @Test
  void theSameSeedWritesByteIdenticalFiles() throws IOException {
    // given the shared demo, generated with its seed
    // when the same seed is generated again elsewhere
    DemoFolder again =
        DemoFolder.generate(DemoFolder.SEED, Path.of("target", "test-demo", "seed-again"));
    // then both folders hold the same files with the same bytes
    assertThat(names(again.folder)).isEqualTo(names(demo.folder));
    for (String name : names(demo.folder)) {
      assertThat(Files.readAllBytes(again.folder.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(demo.folder.resolve(name)));
    }
  }

  @Test
  void anotherSeedWritesAnotherDistrict() throws IOException {
    // when another seed is generated
    DemoFolder other =
        DemoFolder.generate(DemoFolder.SEED + 1, Path.of("target", "test-demo", "seed-other"));
    // then the communities and the work items differ
    for (String name : List.of("org_units.csv", "work_items.csv", "applications.csv")) {
      assertThat(Files.readAllBytes(other.folder.resolve(name)))
          .as(name)
          .isNotEqualTo(Files.readAllBytes(demo.folder.resolve(name)));
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
