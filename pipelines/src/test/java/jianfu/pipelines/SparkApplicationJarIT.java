package jianfu.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The jar for spark-submit (built by package): it starts the pipeline and brings what a Spark
 * distribution lacks, and nothing a Spark distribution has.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkApplicationJarIT {

  private final Path jarFile = Path.of(System.getProperty("jianfu.sparkAppJar", ""));
  private String mainClass;
  private List<String> entries;

  @BeforeAll
  void readJar() throws IOException {
    assertThat(jarFile).as("the application jar (built by package)").isRegularFile();
    try (JarFile jar = new JarFile(jarFile.toFile())) {
      mainClass = jar.getManifest().getMainAttributes().getValue("Main-Class");
      entries = jar.stream().map(JarEntry::getName).toList();
    }
  }

  @Test
  void startsThePipelineApplication() {
    // then
    assertThat(mainClass).isEqualTo(PipelineApplication.class.getName());
    assertThat(entries).contains("jianfu/pipelines/PipelineApplication.class", "log4j2.properties");
  }

  @Test
  void bringsTheContractAndTheLibrariesSparkLacks() {
    // then
    assertThat(entries)
        .contains(
            "jianfu/schemas/Contract.class",
            "contract/marts/burden_summary.yml",
            "picocli/CommandLine.class",
            "com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class",
            "com/fasterxml/jackson/datatype/jsr310/JavaTimeModule.class",
            "META-INF/services/com.fasterxml.jackson.core.JsonFactory");
  }

  @Test
  void leavesSparkAndItsLibrariesToTheCluster() throws IOException {
    // then
    assertThat(entries)
        .noneMatch(
            entry ->
                entry.startsWith("org/apache/spark/")
                    || entry.startsWith("scala/")
                    || entry.startsWith("org/apache/hadoop/")
                    || entry.startsWith("org/apache/parquet/")
                    || entry.startsWith("com/fasterxml/jackson/databind/")
                    || entry.startsWith("org/yaml/snakeyaml/")
                    || entry.startsWith("org/duckdb/"));
    assertThat(Files.size(jarFile)).isLessThan(5_000_000);
  }

  @Test
  void leavesTheDuckDbOracleOut() {
    // then
    assertThat(entries)
        .noneMatch(entry -> entry.startsWith("jianfu/oracle/") || entry.startsWith("sql/"));
  }
}
