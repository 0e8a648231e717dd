package jianfu.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

  @TempDir Path folder;

  @Test
  void deletingATreeTakesEverythingInIt() throws IOException {
    // given
    Path tree = folder.resolve("tree");
    Files.createDirectories(tree.resolve("a/b"));
    Files.writeString(tree.resolve("a/b/file.txt"), "x");
    Files.writeString(tree.resolve("top.txt"), "y");

    // when
    FileTrees.delete(tree);
    FileTrees.delete(folder.resolve("never-there"));

    // then
    assertThat(tree).doesNotExist();
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void deletingALinkLeavesWhatItPointsTo() throws IOException {
    // given
    Path kept = Files.createDirectories(folder.resolve("kept"));
    Files.writeString(kept.resolve("mine.txt"), "not jianfu's");
    Path tree = Files.createDirectories(folder.resolve("tree"));
    Files.createSymbolicLink(tree.resolve("link"), kept);

    // when
    FileTrees.delete(tree);

    // then
    assertThat(tree).doesNotExist();
    assertThat(kept.resolve("mine.txt")).hasContent("not jianfu's");
  }

  @Test
  void aFolderIsReplacedWholeAndNothingIsLeftAside() throws IOException {
    // given
    Path target = Files.createDirectories(folder.resolve("out/raw"));
    Files.writeString(target.resolve("old.parquet"), "old");
    Path replacement = Files.createDirectories(folder.resolve(".raw.writing"));
    Files.writeString(replacement.resolve("new.parquet"), "new");
    Path aside = folder.resolve(".raw.replaced");

    // when
    FileTrees.replace(target, replacement, aside);

    // then
    assertThat(target.resolve("new.parquet")).hasContent("new");
    assertThat(target.resolve("old.parquet")).doesNotExist();
    assertThat(replacement).doesNotExist();
    assertThat(aside).doesNotExist();
  }

  @Test
  void aFolderIsMovedInWhereThereWasNoneAndAFileIsRenamedOverTheOld() throws IOException {
    // given
    Path replacement = Files.createDirectories(folder.resolve(".public.writing"));
    Path file = Files.writeString(folder.resolve(".report.html.writing"), "new");
    Files.writeString(folder.resolve("report.html"), "old");

    // when
    FileTrees.replace(folder.resolve("new/public"), replacement, folder.resolve(".aside"));
    FileTrees.replace(folder.resolve("report.html"), file, folder.resolve(".aside"));

    // then
    assertThat(folder.resolve("new/public")).isEmptyDirectory();
    assertThat(folder.resolve("report.html")).hasContent("new");
    assertThat(file).doesNotExist();
  }

  @Test
  void whenTheNewFolderCannotMoveInTheOldOneIsPutBack() throws IOException {
    // given: the replacement is inside the target, so it moves aside with it and is gone
    Path target = Files.createDirectories(folder.resolve("marts"));
    Path replacement = Files.createDirectories(target.resolve(".writing"));
    Files.writeString(target.resolve("old.parquet"), "old");

    // when / then
    assertThatThrownBy(() -> FileTrees.replace(target, replacement, folder.resolve(".replaced")))
        .isInstanceOf(IOException.class);
    assertThat(target.resolve("old.parquet")).hasContent("old");
    assertThat(folder.resolve(".replaced")).doesNotExist();
  }
}
