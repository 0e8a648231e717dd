package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianfu.schemas.FileTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generation deletes exactly what it wrote, and shares its outputs without copying them. */
class GenerationTest {

  @TempDir Path folder;

  @Test
  void deletingASealedGenerationLeavesWhatSomebodyElsePutInIt() throws Exception {
    // given: a sealed generation, then a file of the user's put inside one of its folders
    Generation generation = sealed(folder.resolve("1"));
    write(folder.resolve("1/public/notes.txt"), "mine");

    // when
    List<String> kept = generation.delete();

    // then: jianfu's files are gone, the user's file and the folders holding it stay
    assertThat(kept).containsExactly("public/notes.txt");
    assertThat(folder.resolve("1/public/notes.txt")).hasContent("mine");
    assertThat(folder.resolve("1/public/statistics.csv")).doesNotExist();
    assertThat(folder.resolve("1/raw")).doesNotExist();
  }

  @Test
  void aGenerationWithNothingElseInItIsDeletedWhole() throws Exception {
    sealed(folder.resolve("1")).delete();

    assertThat(folder.resolve("1")).doesNotExist();
  }

  @Test
  void aManifestNamingAPathOutsideItsGenerationIsRefusedAndNothingIsDeleted() throws Exception {
    // given: a manifest edited to name a file beside the generation
    Generation generation = sealed(folder.resolve("1"));
    write(folder.resolve("victim.txt"), "keep me");
    Files.writeString(folder.resolve("1").resolve(Generation.MANIFEST), "../victim.txt\n");

    // when / then
    assertThatThrownBy(generation::delete)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("../victim.txt");
    assertThat(folder.resolve("victim.txt")).hasContent("keep me");
    assertThat(folder.resolve("1/raw/org_units/org_units.parquet")).exists();
  }

  @Test
  void carriedFilesAreSharedByHardLinksButTheWorkFolderIsCopied() throws Exception {
    // given
    Generation current = sealed(folder.resolve("1"));
    Generation next = new Generation(Files.createDirectories(folder.resolve("next")));

    // when: everything but the public files is carried over
    next.carryFrom(current, entry -> !entry.startsWith("public/"));

    // then
    Path raw = Path.of("raw/org_units/org_units.parquet");
    assertThat(Files.isSameFile(next.folder().resolve(raw), current.folder().resolve(raw)))
        .isTrue();
    Path jobRepository = Path.of("work/jobrepo.mv.db");
    assertThat(next.folder().resolve(jobRepository)).hasContent("job repository");
    assertThat(
            Files.isSameFile(
                next.folder().resolve(jobRepository), current.folder().resolve(jobRepository)))
        .isFalse();
    assertThat(next.folder().resolve("public")).doesNotExist();
  }

  @Test
  void aFolderReplacedByALinkIsNotFollowedWhenTheGenerationIsDeleted() throws Exception {
    // given: a sealed generation whose raw folder is then replaced by a link to a folder outside
    // it, holding a file of the same name as one the manifest lists
    Generation generation = sealed(folder.resolve("1"));
    Path elsewhere = folder.resolve("elsewhere");
    write(elsewhere.resolve("org_units/org_units.parquet"), "not jianfu's");
    Path raw = folder.resolve("1/raw");
    FileTrees.delete(raw);
    Files.createSymbolicLink(raw, elsewhere);

    // when
    List<String> kept = generation.delete();

    // then: the link is kept as somebody else's, and nothing behind it was deleted
    assertThat(kept).containsExactly("raw");
    assertThat(elsewhere.resolve("org_units/org_units.parquet")).hasContent("not jianfu's");
    assertThat(folder.resolve("1/public/statistics.csv")).doesNotExist();
  }

  private static Generation sealed(Path folder) throws IOException {
    write(folder.resolve("raw/org_units/org_units.parquet"), "rows");
    write(folder.resolve("public/statistics.csv"), "figures");
    write(folder.resolve("work/jobrepo.mv.db"), "job repository");
    Generation generation = new Generation(folder);
    generation.seal();
    return generation;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
