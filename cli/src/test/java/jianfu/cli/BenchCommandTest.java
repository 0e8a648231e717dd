package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

  @Test
  void listsEachProgramsPeakLargestFirstWithoutTheSubMegabyteNoise() {
    Map<String, Double> peaks =
        Map.of(
            "IngestApplication", 457.2,
            "PipelineApplication", 2277.0,
            "chmod", 0.4,
            "", 0.0,
            "JianfuCommand", 220.0);
    assertThat(BenchCommand.programPeaks(peaks))
        .isEqualTo("PipelineApplication 2277 MB, IngestApplication 457 MB, JianfuCommand 220 MB");
  }
}
