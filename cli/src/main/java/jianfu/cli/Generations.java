package jianfu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import jianfu.schemas.FileTrees;
import jianfu.schemas.TerminalText;

/**
 * The generations of an output folder jianfu owns. Readers use fixed paths ({@code <output>/raw},
 * {@code serving/jianfu.duckdb}, {@code report/index.html}, ...): each top name is a symbolic link
 * to {@code current/<name>}, and {@code current} is a link to the generation made current last. A
 * command builds the next generation aside, in {@code generations/next}, and makes it current with
 * one atomic rename of the {@code current} link: readers, and a command killed at any moment, find
 * the previous generation or the new one, whole. (The word "publish" is kept for the public
 * statistics, {@code ./jianfu publish}.)
 */
final class Generations {

  /** The names readers use, each a link into the current generation. */
  static final List<String> LINKED_NAMES =
      List.of(
          "raw", "quarantine", "warnings", "audit", "marts", "serving", "public", "report", "work");

  /** What ingestion writes in a generation, and resumes from when a run is interrupted. */
  private static final List<String> INGESTED =
      List.of("raw", "quarantine", "warnings", "audit", "work");

  static final String CURRENT = "current";
  static final String GENERATIONS = "generations";

  /** Where the next generation is built; a run interrupted there is resumed there. */
  private static final String NEXT = "next";

  private static final String CURRENT_REPLACEMENT = ".current.new";
  private static final int STRAYS_NAMED = 3;

  /** Writes one part of a generation (its public files, its report) from the rest of it. */
  interface Part {
    void writeInto(Path generation) throws Exception;
  }

  private final Path output;

  private Generations(Path output) {
    this.output = output;
  }

  /**
   * The publications of {@code folder}. Refused, untouched, where a name jianfu uses there is not
   * what jianfu made of it, or where the current publication holds files jianfu did not write
   * (publishing the next one would take them out of sight, and deleting them is not jianfu's to
   * do).
   */
  static Generations of(OutputFolder folder) throws IOException {
    Generations generations = new Generations(folder.path());
    generations.check();
    return generations;
  }

  Optional<Generation> current() throws IOException {
    Path link = output.resolve(CURRENT);
    if (!Files.isSymbolicLink(link)) {
      return Optional.empty();
    }
    return Optional.of(new Generation(output.resolve(Files.readSymbolicLink(link))));
  }

  /**
   * The generation a run builds: the one an interrupted run left, to resume, else a new one holding
   * the current raw tables (shared, not copied), which an incremental pull extends.
   */
  Generation resumeNext() throws IOException {
    Path folder = generations().resolve(NEXT);
    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      // Ingestion resumes from what it left; the later steps write their outputs anew, so what
      // an interrupted attempt left of them (a mart half written aside) is dropped.
      try (Stream<Path> entries = Files.list(folder)) {
        for (Path entry : entries.toList()) {
          if (!INGESTED.contains(entry.getFileName().toString())) {
            FileTrees.delete(entry);
          }
        }
      }
      return new Generation(folder);
    }
    Generation next = new Generation(Files.createDirectories(folder));
    Optional<Generation> current = current();
    if (current.isPresent()) {
      next.carryFrom(current.get(), entry -> entry.startsWith("raw/"));
    }
    return next;
  }

  /**
   * Publishes the current generation with {@code part} (a top folder such as public) rewritten: the
   * rest is carried over, the part written by {@code writer}, and the whole published as one.
   */
  void rewrite(String part, Part writer) throws IOException {
    Generation current =
        current()
            .orElseThrow(
                () ->
                    new StepFailedException(
                        output
                            + " holds no publication yet: run ./jianfu run (or demo) with --output "
                            + output));
    Path folder = generations().resolve(NEXT);
    // Whatever an interrupted command left there is rebuilt from the current publication.
    FileTrees.delete(folder);
    Generation next = new Generation(Files.createDirectories(folder));
    try {
      next.carryFrom(current, entry -> !entry.startsWith(part + "/"));
      writer.writeInto(next.folder());
      makeCurrent(next);
    } catch (Exception e) {
      throw failed(e);
    }
  }

  /**
   * Makes {@code next} the current generation: sealed, numbered, then the current link replaced by
   * one rename. Superseded generations are deleted afterwards; a failure there is only reported,
   * since the new publication is in place.
   */
  void makeCurrent(Generation next) throws IOException {
    next.seal();
    String name = Long.toString(lastNumber() + 1);
    Path numbered = generations().resolve(name);
    Files.move(next.folder(), numbered, StandardCopyOption.ATOMIC_MOVE);
    for (String published : LINKED_NAMES) {
      Path link = output.resolve(published);
      if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, Path.of(CURRENT, published));
      }
    }
    Path replacement = output.resolve(CURRENT_REPLACEMENT);
    if (Files.isSymbolicLink(replacement)) {
      Files.delete(replacement);
    }
    Files.createSymbolicLink(replacement, Path.of(GENERATIONS, name));
    // rename(2) replaces the old link in one step: there is no moment without a publication.
    Files.move(replacement, output.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    deleteSuperseded(numbered);
  }

  /** A failure of the command, saying that readers still find the last publication. */
  StepFailedException failed(Exception failure) {
    String kept;
    try {
      kept =
          current().isPresent()
              ? "the last publication in " + output + " is kept as it was"
              : output + " holds no publication yet";
    } catch (IOException e) {
      kept = "the last publication in " + output + " is kept as it was";
    }
    String message = failure.getMessage();
    return new StepFailedException(
        (message == null || message.isBlank() ? failure.getClass().getSimpleName() : message)
            + "; "
            + kept,
        failure);
  }

  private void check() throws IOException {
    Path generations = generations();
    if (Files.exists(generations, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(generations, LinkOption.NOFOLLOW_LINKS)) {
      throw notJianfus(generations, "a folder");
    }
    Path current = output.resolve(CURRENT);
    if (!absentOrLink(current, target -> isGeneration(target) && Files.isDirectory(current))) {
      throw notJianfus(current, "a link to a folder of " + GENERATIONS + "/");
    }
    for (String published : LINKED_NAMES) {
      Path link = output.resolve(published);
      if (!absentOrLink(link, target -> target.equals(Path.of(CURRENT, published)))) {
        throw notJianfus(link, "a link to " + CURRENT + "/" + published);
      }
    }
    Optional<Generation> published = current();
    if (published.isPresent()) {
      List<String> strays = published.get().strays();
      if (!strays.isEmpty()) {
        throw new StepFailedException(
            "jianfu did not write "
                + String.join(", ", strays.stream().limit(STRAYS_NAMED).map(this::seenAt).toList())
                + (strays.size() > STRAYS_NAMED
                    ? " and " + (strays.size() - STRAYS_NAMED) + " more"
                    : "")
                + ", and the next publication replaces "
                + String.join(", ", LINKED_NAMES)
                + " whole: move your files out of them, then run again (nothing was changed)");
      }
    }
  }

  /** Where a reader sees an entry of the current generation: through the top links. */
  private String seenAt(String entry) {
    String top = entry.split("/", 2)[0];
    Path base = LINKED_NAMES.contains(top) ? output : output.resolve(CURRENT);
    return base.resolve(entry).toString();
  }

  private StepFailedException notJianfus(Path path, String expected) {
    return new StepFailedException(
        path
            + " is not what jianfu made of it ("
            + expected
            + "): move it out of "
            + output
            + ", then run again (nothing was changed)");
  }

  private void deleteSuperseded(Path published) {
    try (Stream<Path> generations = Files.list(generations())) {
      for (Path folder : generations.toList()) {
        String name = folder.getFileName().toString();
        if (isNumber(name) && !folder.equals(published)) {
          List<String> kept = new Generation(folder).delete();
          if (!kept.isEmpty()) {
            System.err.println(
                "jianfu: kept "
                    + TerminalText.escape(folder)
                    + ", a superseded publication, since it holds files jianfu did not write: "
                    + TerminalText.escape(String.join(", ", kept)));
          }
        }
      }
    } catch (IOException e) {
      System.err.println(
          "jianfu: the new publication is in place, but a superseded one could not be deleted: "
              + TerminalText.escape(e.getMessage()));
    }
  }

  private long lastNumber() throws IOException {
    try (Stream<Path> generations = Files.list(generations())) {
      return generations
          .map(folder -> folder.getFileName().toString())
          .filter(Generations::isNumber)
          .mapToLong(Long::parseLong)
          .max()
          .orElse(0);
    }
  }

  private Path generations() {
    return output.resolve(GENERATIONS);
  }

  /** Whether {@code path} is absent, or a symbolic link whose target {@code expected} accepts. */
  private static boolean absentOrLink(Path path, Predicate<Path> expected) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    return Files.isSymbolicLink(path) && expected.test(Files.readSymbolicLink(path));
  }

  /** Whether a link target is {@code generations/<number>}, as publish() writes it. */
  private static boolean isGeneration(Path target) {
    return target.getNameCount() == 2
        && target.getName(0).toString().equals(GENERATIONS)
        && isNumber(target.getName(1).toString());
  }

  private static boolean isNumber(String name) {
    return name.matches("[0-9]{1,18}");
  }
}
