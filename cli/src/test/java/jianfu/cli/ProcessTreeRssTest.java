package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTreeRssTest {

  @Test
  void readsTheResidentSetFromAStatusFile() {
    List<String> status = List.of("Name:\tjava", "VmHWM:\t  2048000 kB", "VmRSS:\t  1234567 kB");
    assertThat(ProcessTreeRss.vmRss(status)).isEqualTo(1234567);
  }

  @Test
  void aZombieWithoutResidentSetCountsAsNothing() {
    assertThat(ProcessTreeRss.vmRss(List.of("Name:\tjava", "State:\tZ (zombie)"))).isZero();
  }

  @Test
  void thisJvmTakesSomeMemory() {
    // a live JVM holds at least its heap's first pages and the JDK's code: more than 10 MB
    assertThat(ProcessTreeRss.kilobytes(ProcessHandle.current())).isGreaterThan(10 * 1024);
  }

  @Test
  void namesAJvmByItsMainClassAndAnyOtherProgramByItsExecutable() {
    String[] jvm = {
      "-Xmx3g",
      "-XX:TieredStopAtLevel=1",
      "-cp",
      "a.jar:b.jar",
      "jianfu.pipelines.PipelineApplication",
      "--raw",
      "x"
    };
    assertThat(ProcessTreeRss.mainClass("java", jvm)).isEqualTo("PipelineApplication");
    assertThat(ProcessTreeRss.mainClass("bash", new String[] {"./jianfu", "run"}))
        .isEqualTo("bash");
  }

  @Test
  void thisJvmIsNamedByItsMainClass() {
    assertThat(ProcessTreeRss.byProgram(ProcessHandle.current()).values())
        .anySatisfy(kilobytes -> assertThat(kilobytes).isGreaterThan(10 * 1024));
  }
}
