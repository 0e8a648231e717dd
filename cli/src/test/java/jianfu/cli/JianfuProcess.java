package jianfu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./jianfu ...} in a JVM of its own, in a given working directory, as a user runs it: its
 * exit code and everything it and the JVMs it starts printed.
 */
record JianfuProcess(int exitCode, String output) {

  static JianfuProcess run(Path workingDirectory, String... arguments)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(new ModuleLauncher(ProjectHome.get()).command("cli", List.of(arguments)));
    command.add(1, "-Djianfu.home=" + ProjectHome.get());
    Process jianfu =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(jianfu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new JianfuProcess(jianfu.waitFor(), output);
  }
}
