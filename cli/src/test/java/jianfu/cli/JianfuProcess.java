package jianfu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianfu.schemas.settings.JvmSettings;

/**
 * {@code ./jianfu ...} in a JVM of its own, in a given working directory, as a user runs it: its
 * exit code and everything it and the JVMs it starts printed.
 */
record JianfuProcess(int exitCode, String output) {

  static JianfuProcess run(Path workingDirectory, String... arguments)
      throws IOException, InterruptedException {
    Process jianfu = start(workingDirectory, List.of(arguments));
    String output = new String(jianfu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new JianfuProcess(jianfu.waitFor(), output);
  }

  /**
   * {@code ./jianfu} started as the script starts it, its error output merged into its output (the
   * JVMs it starts print into both).
   */
  static Process start(Path workingDirectory, List<String> arguments) throws IOException {
    List<String> command =
        new ArrayList<>(
            new ModuleLauncher(ProjectHome.get(), JvmSettings.defaults())
                .command("cli", arguments));
    command.add(1, "-Djianfu.home=" + ProjectHome.get());
    return new ProcessBuilder(command)
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .start();
  }
}
