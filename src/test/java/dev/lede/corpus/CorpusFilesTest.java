package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {

  @TempDir Path dir;
  Skips skips = new Skips();

  private List<String> names(List<CorpusFile> files) {
    return files.stream().map(CorpusFile::relativeName).toList();
  }

  @Test
  void folder_isWalkedRecursivelyInNameOrder() {
    Fixtures.write(dir, "b.txt", "B.");
    Fixtures.write(dir, "a/z.md", "Z.");
    Fixtures.write(dir, "a/deeper/y.jsonl", "");
    Fixtures.write(dir, "a/c.jsonl.gz", Fixtures.gzip(""));
    assertEquals(List.of("a/c.jsonl.gz", "a/deeper/y.jsonl", "a/z.md", "b.txt"), names(CorpusFiles.list(List.of(dir), skips)));
    assertEquals(0, skips.total());
  }

  @Test
  void endings_areMatchedInAnyCase() {
    Fixtures.write(dir, "A.TXT", "A.");
    Fixtures.write(dir, "B.Md", "B.");
    Fixtures.write(dir, "C.JsonL", "");
    assertEquals(List.of("A.TXT", "B.Md", "C.JsonL"), names(CorpusFiles.list(List.of(dir), skips)));
  }

  @Test
  void otherEndings_arePassedOverWithoutWarning() {
    Fixtures.write(dir, "a.txt", "A.");
    Fixtures.write(dir, "notes.docx", "x");
    Fixtures.write(dir, "b.txt.gz", "x");
    Fixtures.write(dir, "README", "x");
    assertEquals(List.of("a.txt"), names(CorpusFiles.list(List.of(dir), skips)));
    assertEquals(0, skips.warningCount());
  }

  @Test
  void hiddenFilesAndFolders_arePassedOver() {
    Fixtures.write(dir, "a.txt", "A.");
    Fixtures.write(dir, ".hidden.txt", "H.");
    Fixtures.write(dir, ".git/b.txt", "B.");
    Fixtures.write(dir, "x/.cache/c.txt", "C.");
    assertEquals(List.of("a.txt"), names(CorpusFiles.list(List.of(dir), skips)));
  }

  @Test
  void missingRoot_isAWarningAndTheOtherRootsAreListed() {
    Path missing = dir.resolve("nowhere");
    Path other = Files.exists(dir) ? dir.resolve("corpus") : dir;
    Fixtures.write(other, "a.txt", "A.");
    List<CorpusFile> files = CorpusFiles.list(List.of(missing, other), skips);
    assertEquals(List.of("a.txt"), names(files));
    assertEquals(List.of("skipped " + missing + ": corpus path does not exist"), skips.warnings());
    assertEquals(1, skips.skippedFiles());
  }

  @Test
  void fileRoot_isTakenWithItsFolderAsRoot() {
    Path file = Fixtures.write(dir, "sub/one.txt", "A.");
    List<CorpusFile> files = CorpusFiles.list(List.of(file), skips);
    assertEquals(1, files.size());
    assertEquals(dir.resolve("sub"), files.getFirst().root());
    assertEquals("one", files.getFirst().articleId());
  }

  @Test
  void fileRootWithAnotherEnding_isAWarning() {
    Path file = Fixtures.write(dir, "one.pdf", "A.");
    assertEquals(List.of(), CorpusFiles.list(List.of(file), skips));
    assertEquals(1, skips.skippedFiles());
    assertTrue(skips.warnings().getFirst().contains("not a corpus file"), skips.warnings().getFirst());
  }

  @Test
  void sizeAndModificationTime_areRecorded() throws IOException {
    Path file = Fixtures.write(dir, "a.txt", "12345");
    CorpusFile listed = CorpusFiles.list(List.of(dir), skips).getFirst();
    assertEquals(5, listed.size());
    assertEquals(Files.getLastModifiedTime(file).toMillis(), listed.modifiedMillis());
  }

  @Test
  void sameFileUnderTwoRoots_isListedOnce() {
    Path file = Fixtures.write(dir, "a.txt", "A.");
    assertEquals(1, CorpusFiles.list(List.of(dir, file, dir), skips).size());
  }

  @Test
  void symlinkLoop_endsAndListsEachFileOnce() throws IOException {
    Fixtures.write(dir, "a/x.txt", "X.");
    try {
      Files.createSymbolicLink(dir.resolve("a/loop"), dir);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here: " + e);
    }
    assertEquals(List.of("a/x.txt"), names(CorpusFiles.list(List.of(dir), skips)));
  }

  @Test
  void brokenLink_isAWarning() throws IOException {
    Fixtures.write(dir, "a.txt", "A.");
    try {
      Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("gone.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here: " + e);
    }
    assertEquals(List.of("a.txt"), names(CorpusFiles.list(List.of(dir), skips)));
    assertEquals(List.of("skipped " + dir.resolve("b.txt") + ": broken link"), skips.warnings());
  }

  @Test
  void listedFiles_readBackWithIdsBelowTheirRoot() {
    Fixtures.write(dir, "2025/feb/storm.txt", "Snow fell.");
    List<Article> articles = new java.util.ArrayList<>();
    for (CorpusFile file : CorpusFiles.list(List.of(dir), skips)) ArticleReader.read(file, articles::add, skips);
    assertEquals(List.of("2025/feb/storm"), articles.stream().map(Article::id).toList());
  }
}
