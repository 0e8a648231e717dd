package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    long kilobytes =
        ProcessTreeRss.byProgram(ProcessHandle.current()).values().stream()
            .mapToLong(Long::longValue)
            .sum();
    assertThat(kilobytes).isGreaterThan(10 * 1024);
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
  void aChildJvmWithALongClasspathIsNamedByItsMainClass() throws Exception {
    String classpath = System.getProperty("java.class.path") + ":/x".repeat(5000);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                "jianfu.cli.ProcessTreeRssTest$Sleeper")
            .start();
    try {
      // until the child has exec'd java (it starts as the JDK's spawn helper)
      String program = ProcessTreeRss.program(child.toHandle());
      for (int tries = 0; tries < 100 && !program.contains("Sleeper"); tries++) {
        Thread.sleep(50);
        program = ProcessTreeRss.program(child.toHandle());
      }
      assertThat(program).isEqualTo("ProcessTreeRssTest$Sleeper");
    } finally {
      child.destroyForcibly().waitFor();
    }
  }

  @Test
  void aForkThatHasNotExecutedYetIsNotCountedAsASecondCopyOfItsParent() throws Exception {
    // bash runs the parenthesised list in a forked copy of itself, which then starts sleep
    Process shell = new ProcessBuilder("bash", "-c", "(sleep 30; :) & wait").start();
    try {
      ProcessHandle sleep = descendantRunning(shell.toHandle(), "sleep");
      ProcessHandle subshell = sleep.parent().orElseThrow();
      assertThat(subshell.pid()).isNotEqualTo(shell.pid());
      assertThat(ProcessTreeRss.forkedWithoutExec(subshell)).isTrue();
      assertThat(ProcessTreeRss.forkedWithoutExec(sleep)).isFalse();
      assertThat(ProcessTreeRss.forkedWithoutExec(shell.toHandle())).isFalse();
      assertThat(ProcessTreeRss.byProgram(shell.toHandle())).containsOnlyKeys("bash", "sleep");
    } finally {
      try (var processes = shell.toHandle().descendants()) {
        processes.forEach(ProcessHandle::destroyForcibly);
      }
      shell.destroyForcibly().waitFor();
    }
  }

  private static ProcessHandle descendantRunning(ProcessHandle root, String program)
      throws InterruptedException {
    for (int tries = 0; tries < 100; tries++) {
      try (var descendants = root.descendants()) {
        var found =
            descendants
                .filter(process -> ProcessTreeRss.program(process).equals(program))
                .findAny();
        if (found.isPresent()) {
          return found.get();
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + program + " under " + root.pid());
  }

  /** A JVM that waits to be measured. */
  static final class Sleeper {
    public static void main(String[] arguments) throws InterruptedException {
      Thread.sleep(60_000);
    }
  }
}
