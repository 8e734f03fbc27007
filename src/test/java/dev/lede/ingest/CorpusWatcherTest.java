package dev.lede.ingest;

import static dev.lede.ingest.Eventually.PROMISE;
import static dev.lede.ingest.Eventually.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.TestCorpus;
import dev.lede.answer.Answer;
import dev.lede.answer.Question;
import dev.lede.config.LedeConfig;
import dev.lede.corpus.Skips;
import dev.lede.index.IndexRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A served Lede over a watched folder: what lands in the folder is answerable in seconds. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CorpusWatcherTest {
  static final LocalDate DAY = LocalDate.of(2024, 12, 1);
  static final String GULLS = "How many gulls nest on the Dunmore cliffs?";
  /** Long enough that only file-system events can explain a prompt update. */
  static final Duration NO_RESCAN = Duration.ofHours(1);

  @TempDir Path dir;
  Path corpus;
  Lede lede;
  CorpusWatcher watcher;
  final List<IndexRun> runs = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void open() {
    corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "orchard.txt", "Orchard prize", "2024-11-03", "The Vantree orchard won the apple prize again.");
    TestCorpus.background(corpus, 16);
    lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)));
  }

  @AfterEach
  void close() {
    if (watcher != null) watcher.close();
    lede.close();
  }

  private void watch(Duration rescan, boolean events) {
    watch(rescan, events, lede::index);
  }

  private void watch(Duration rescan, boolean events, Function<List<Path>, IndexRun> index) {
    watcher = CorpusWatcher.start(List.of(corpus), roots -> {
      IndexRun run = index.apply(roots);
      runs.add(run);
      return run;
    }, rescan, events);
    within(PROMISE, "the first update at start", () -> watcher.updates() + watcher.failures() > 0);
  }

  private Answer ask(String question) {
    return lede.answering().ask(new Question(question, DAY));
  }

  private static String gulls(int n) {
    return "date 2024-11-20\ntitle: Dunmore gulls counted\n\n"
        + "The lighthouse keeper said " + n + " gulls nest on the Dunmore cliffs this spring.\n";
  }

  private boolean answers(String question, String expected) {
    Answer a = ask(question);
    return !a.abstained() && a.text().contains(expected);
  }

  @Test
  void droppedFile_isAnswerableWithinTenSeconds() {
    watch(NO_RESCAN, true);
    assertTrue(ask(GULLS).abstained(), "nothing about gulls yet");
    TestCorpus.write(corpus, "gulls.txt", gulls(64));
    within(PROMISE, "the dropped file answers", () -> answers(GULLS, "64"));
    Answer a = ask(GULLS);
    assertEquals("gulls", a.source().articleId());
    assertEquals("Dunmore gulls counted", a.source().title());
  }

  @Test
  void changedFile_answersItsNewTextAndTheCachedOldAnswerIsDropped() {
    Path gulls = TestCorpus.write(corpus, "gulls.txt", gulls(64));
    watch(NO_RESCAN, true);
    within(PROMISE, "the first text answers", () -> answers(GULLS, "64"));
    assertTrue(ask(GULLS).cached(), "the old answer is in the cache");

    TestCorpus.rewrite(gulls, gulls(85));
    List<Answer> seen = new ArrayList<>();
    within(PROMISE, "the changed text answers", () -> {
      Answer a = ask(GULLS);
      seen.add(a);
      return !a.abstained() && a.text().contains("85");
    });
    Answer first = seen.getLast();
    assertFalse(first.cached(), "the first answer from the new text is read afresh");
    assertTrue(ask(GULLS).cached(), "and cached in turn");
    assertTrue(ask(GULLS).text().contains("85"));
  }

  @Test
  void deletedFile_loseItsArticle() throws IOException {
    Path gulls = TestCorpus.write(corpus, "gulls.txt", gulls(64));
    watch(NO_RESCAN, true);
    within(PROMISE, "the file answers", () -> answers(GULLS, "64"));
    Files.delete(gulls);
    within(PROMISE, "the deleted file's article is gone", () -> lede.archive().search("Dunmore gulls", 5).isEmpty());
    assertTrue(ask(GULLS).abstained());
  }

  @Test
  void burstOfFiles_isIndexedOnceEach() throws IOException {
    watch(NO_RESCAN, true);
    int before = lede.passages().articleCount();
    int files = 40;
    Path staging = Files.createDirectories(dir.resolve("staging"));
    for (int i = 0; i < files; i++) {
      // Moved in whole, as a well-behaved writer does: an update never sees half a file.
      Path f = TestCorpus.text(staging, "pier-" + i + ".txt", "Pier " + i + " repaired", "2024-11-0" + (1 + i % 9),
          "Crews repaired pier number " + i + " in Quillby harbour after the storm.");
      Files.move(f, corpus.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }
    within(PROMISE, "all files indexed", () -> lede.passages().articleCount() == before + files);
    long read;
    synchronized (runs) {
      read = runs.stream().mapToLong(IndexRun::filesRead).sum();
    }
    assertEquals(files, read, "each file read once: " + runs);
    long busy = runs.stream().filter(r -> !r.idle()).count();
    assertTrue(busy < files, "the burst was folded into fewer updates than files: " + busy);
  }

  @Test
  void malformedFile_isSkippedWithAWarningAndTheOthersIndexed() throws IOException {
    watch(NO_RESCAN, true);
    try (LogCapture log = new LogCapture(Skips.class)) {
      Files.write(corpus.resolve("broken.txt"), new byte[] {'d', 'a', 0, 0, 7, 'x'});
      Files.write(corpus.resolve("latin1.txt"), "title: Caf\u00e9\n\nna\u00efve".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      TestCorpus.write(corpus, "gulls.txt", gulls(64));
      within(PROMISE, "the good file answers", () -> answers(GULLS, "64"));
      within(PROMISE, "the skips are logged", () -> log.warned("broken.txt") && log.warned("latin1.txt"));
    }
    TestCorpus.text(corpus, "ferry.txt", "Ferry times", "2024-11-21", "The Quillby ferry now runs every forty minutes.");
    within(PROMISE, "the watcher goes on after the skip", () -> !lede.archive().search("Quillby ferry", 5).isEmpty());
  }

  @Test
  void newFolder_isWatchedToo() {
    watch(NO_RESCAN, true);
    TestCorpus.write(corpus, "2024/nov/gulls.txt", gulls(64));
    within(PROMISE, "the file in the new folder answers", () -> answers(GULLS, "64"));
    TestCorpus.text(corpus, "2024/nov/ferry.txt", "Ferry times", "2024-11-21", "The Quillby ferry now runs every forty minutes.");
    within(PROMISE, "a later file in the new folder", () -> !lede.archive().search("Quillby ferry", 5).isEmpty());
  }

  @Test
  void withoutFileSystemEvents_theRescanFindsChanges() {
    watch(Duration.ofMillis(200), false);
    TestCorpus.write(corpus, "gulls.txt", gulls(64));
    within(PROMISE, "the rescan indexes the file", () -> answers(GULLS, "64"));
  }

  @Test
  void hiddenTempFile_isNotIndexed() {
    watch(NO_RESCAN, true);
    TestCorpus.write(corpus, ".gulls.txt.tmp", gulls(64));
    TestCorpus.text(corpus, "ferry.txt", "Ferry times", "2024-11-21", "The Quillby ferry now runs every forty minutes.");
    within(PROMISE, "the visible file", () -> !lede.archive().search("Quillby ferry", 5).isEmpty());
    assertTrue(ask(GULLS).abstained(), "a hidden file is not part of the corpus");
  }

  @Test
  void failedUpdate_isLoggedAndTriedAgain() {
    AtomicInteger calls = new AtomicInteger();
    try (LogCapture log = new LogCapture(CorpusWatcher.class)) {
      watch(Duration.ofMillis(200), true, roots -> {
        if (calls.incrementAndGet() <= 2) throw new IllegalStateException("disk hiccup");
        return lede.index(roots);
      });
      TestCorpus.write(corpus, "gulls.txt", gulls(64));
      within(PROMISE, "a later update indexes the file", () -> answers(GULLS, "64"));
      assertTrue(watcher.failures() >= 2);
      assertTrue(log.warned("disk hiccup"), log.warnings().toString());
    }
  }

  @Test
  void close_letsTheRunningUpdateFinish() throws InterruptedException {
    CountDownLatch inUpdate = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    boolean[] finished = {false};
    AtomicInteger calls = new AtomicInteger();
    watcher = CorpusWatcher.start(List.of(corpus), roots -> {
      if (calls.incrementAndGet() == 2) {
        inUpdate.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        IndexRun run = lede.index(roots);
        finished[0] = true;
        return run;
      }
      return lede.index(roots);
    }, NO_RESCAN, true);
    within(PROMISE, "the first update at start", () -> watcher.updates() == 1);
    TestCorpus.write(corpus, "gulls.txt", gulls(64));
    assertTrue(inUpdate.await(PROMISE.toSeconds(), TimeUnit.SECONDS), "the change started an update");
    boolean[] finishedWhenClosed = {false};
    Thread closer = new Thread(() -> {
      watcher.close();
      finishedWhenClosed[0] = finished[0];
    });
    closer.start();
    within(PROMISE, "close is waiting", () -> closer.getState() == Thread.State.WAITING);
    release.countDown();
    closer.join();
    assertTrue(finishedWhenClosed[0], "close returned only after the update");
    assertTrue(answers(GULLS, "64"), "and the update was committed");
    int before = calls.get();
    TestCorpus.text(corpus, "ferry.txt", "Ferry times", "2024-11-21", "The Quillby ferry now runs every forty minutes.");
    watcher.changed();
    assertEquals(before, calls.get(), "no update after close");
    assertEquals(2, before);
  }
}
