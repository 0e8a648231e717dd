package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.cli.RunMeasurement.MartCompute;
import jianfu.cli.RunMeasurement.TableIngest;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  @Test
  void theMedianOfAnOddCountIsTheMiddleOneAndOfAnEvenCountTheMeanOfTheMiddleTwo() {
    assertThat(Median.of(List.of(5.0, 1.0, 3.0), x -> x)).isEqualTo(3.0);
    assertThat(Median.of(List.of(4.0, 1.0, 3.0, 10.0), x -> x)).isEqualTo(3.5);
  }

  @Test
  void ratiosAreTotalTimesOursOverDuckDbsWithSparkStartUpLeftOut() {
    // given ingestion 2 s + 4 s against DuckDB 1 s + 1 s; Spark 3 s + 3 s against 1 s + 2 s
    RunMeasurement run = run(2, 4, 1, 1, 3, 3, 1, 2, 30, 50, 900);
    // then
    assertThat(run.ingestRatio()).isCloseTo((2.0 + 4) / (1 + 1), within(1e-9));
    assertThat(run.computeRatio()).isCloseTo((3.0 + 3) / (1 + 2), within(1e-9));
  }

  @Test
  void theBenchLineHoldsTheMediansOfTheRuns() {
    // given three runs whose ingestion ratios are 3, 6 and 2 and compute ratios 2, 4 and 8
    List<RunMeasurement> runs =
        List.of(
            run(3, 3, 1, 1, 2, 2, 1, 1, 9, 40, 1000),
            run(6, 6, 1, 1, 4, 4, 1, 1, 9, 60, 1400),
            run(2, 2, 1, 1, 8, 8, 1, 1, 9, 50, 1200));
    // when
    String report = new BenchReport("district", runs).render();
    // then
    assertThat(report.lines().toList().get((int) report.lines().count() - 1))
        .isEqualTo(
            "bench: scale=district ingest_vs_duckdb=3.00 compute_vs_duckdb=4.00"
                + " end_to_end_s=50.0 peak_rss_mb=1200");
    // and the ingestion total: 200 rows over the median of 6, 12 and 4 s
    assertThat(report).containsPattern("total\\s+200\\s+33\\s+100\\s+3\\.00");
    assertThat(report).containsPattern("spark session start-up\\s+9\\.000");
  }

  /** Two tables of 100 rows and two marts, with the seconds given. */
  private static RunMeasurement run(
      double oursA,
      double oursB,
      double duckDbA,
      double duckDbB,
      double sparkX,
      double sparkY,
      double duckDbX,
      double duckDbY,
      double sessionStart,
      double endToEnd,
      double peakRss) {
    Map<String, TableIngest> ingest = new LinkedHashMap<>();
    ingest.put("org_units", new TableIngest(100, oursA, duckDbA));
    ingest.put("work_items", new TableIngest(100, oursB, duckDbB));
    Map<String, MartCompute> compute = new LinkedHashMap<>();
    compute.put("burden_by_community", new MartCompute(sparkX, duckDbX));
    compute.put("burden_summary", new MartCompute(sparkY, duckDbY));
    return new RunMeasurement(
        ingest,
        oursA + oursB,
        compute,
        sessionStart,
        sparkX + sparkY,
        endToEnd,
        peakRss,
        Map.of("PipelineApplication", peakRss));
  }
}
