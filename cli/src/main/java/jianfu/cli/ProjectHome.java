package jianfu.cli;

import java.nio.file.Path;

/** Where the checkout is: set by the ./jianfu script, or the working directory. */
final class ProjectHome {

  private ProjectHome() {}

  static Path get() {
    return Path.of(System.getProperty("jianfu.home", ".")).toAbsolutePath().normalize();
  }

  static Path defaultConfiguration() {
    return get().resolve("conf").resolve("jianfu.yml");
  }

  /** The --conf given, else the checkout's conf/jianfu.yml. */
  static Path configurationOr(Path given) {
    return given != null ? given : defaultConfiguration();
  }
}
