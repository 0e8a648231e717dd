package jianfu.jobs.ingest.badinput;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder of the corpus (src/test/resources/bad-input/NAME): its input files and its {@code
 * expected.yml}.
 */
record BadInputCase(String name, Path folder, Expectation expected) {

  private static final String EXPECTED = "expected.yml";

  /** Every case of the corpus, by name. */
  static List<BadInputCase> all() throws IOException, URISyntaxException {
    Path corpus = Path.of(BadInputCase.class.getResource("/bad-input").toURI());
    try (Stream<Path> folders = Files.list(corpus)) {
      List<Path> sorted = folders.filter(Files::isDirectory).sorted().toList();
      List<BadInputCase> cases = new ArrayList<>();
      for (Path folder : sorted) {
        cases.add(
            new BadInputCase(
                folder.getFileName().toString(),
                folder,
                Expectation.read(folder.resolve(EXPECTED))));
      }
      return cases;
    }
  }

  /** Writes the case's input into {@code input}: its CSV files, then what its builder writes. */
  void writeInput(Path input) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(file -> !file.getFileName().toString().equals(EXPECTED)).toList()) {
        Files.copy(file, input.resolve(file.getFileName()));
      }
    }
    if (expected.generated() != null) {
      GeneratedInput.named(expected.generated()).write(input);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
