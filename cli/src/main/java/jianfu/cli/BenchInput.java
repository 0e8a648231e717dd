package jianfu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jianfu.demo.DistrictGenerator;
import jianfu.demo.Scale;
import jianfu.schemas.FileTrees;

/**
 * The bench's input: the generated district of a scale and seed, in {@code <output>/input}, reused
 * when a stamp next to it says it was generated whole with the same scale and seed.
 */
final class BenchInput {

  private BenchInput() {}

  static Path prepare(Path output, Scale scale, long seed) throws IOException {
    Path input = output.resolve("input");
    Path stamp = output.resolve("input.properties");
    String wanted = "scale=%s%nseed=%d%n".formatted(scale, seed);
    if (Files.isRegularFile(stamp)
        && Files.readString(stamp, StandardCharsets.UTF_8).equals(wanted)) {
      System.out.println("reusing the generated input in " + input);
      return input;
    }
    Files.deleteIfExists(stamp);
    FileTrees.delete(input);
    System.out.println(
        GenerateCommand.describe(new DistrictGenerator(seed, scale).writeTo(input), seed));
    Files.writeString(stamp, wanted, StandardCharsets.UTF_8);
    return input;
  }
}
