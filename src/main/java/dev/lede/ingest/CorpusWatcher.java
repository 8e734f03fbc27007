package dev.lede.ingest;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.lede.index.IndexRun;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in line with the corpus while Lede serves. File-system events (a
 * {@link WatchService}) start an update soon after a change; a full rescan every so often catches
 * what the events miss (some file systems report nothing, and a folder made and filled at once
 * can be filled before it is watched). Bursts of events are folded into one update, updates run
 * one at a time on one thread, and a failed update is logged and tried again at the next rescan.
 */
public final class CorpusWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CorpusWatcher.class);
  /** An update waits until changes have stopped for this long ... */
  static final Duration QUIET = Duration.ofMillis(300);
  /** ... but never longer than this after the first change, so a steady stream of writes is still indexed. */
  static final Duration MOST_WAIT = Duration.ofSeconds(2);

  private final List<Path> roots;
  private final Set<Path> fileRoots = new HashSet<>();
  private final Function<List<Path>, IndexRun> index;
  private final long rescanNanos;
  private final WatchService events;
  private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
  private final Thread indexing;
  private final Thread watching;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private boolean changed;
  private long firstChange;
  private long lastChange;
  private boolean stopping;

  private volatile IndexRun lastRun;
  private volatile long updates;
  private volatile long failures;

  private CorpusWatcher(List<Path> roots, Function<List<Path>, IndexRun> index, Duration rescanEvery, boolean useEvents) {
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.index = Objects.requireNonNull(index, "index");
    this.rescanNanos = rescanEvery.toNanos();
    this.events = useEvents ? openEvents() : null;
    if (events != null) for (Path root : this.roots) watchRoot(root);
    this.indexing = Thread.ofPlatform().name("lede-index").daemon().unstarted(this::runUpdates);
    this.watching = events == null ? null : Thread.ofPlatform().name("lede-watch").daemon().unstarted(this::readEvents);
  }

  /**
   * Starts watching {@code roots} (files and folders, folders recursively), calling {@code index}
   * with them at once, after each change and every {@code rescanEvery}.
   */
  public static CorpusWatcher start(List<Path> roots, Function<List<Path>, IndexRun> index, Duration rescanEvery) {
    return start(roots, index, rescanEvery, true);
  }

  /** With {@code useEvents} false, only the rescan finds changes: how Lede behaves where events are not reported. */
  static CorpusWatcher start(List<Path> roots, Function<List<Path>, IndexRun> index, Duration rescanEvery, boolean useEvents) {
    if (rescanEvery.isNegative() || rescanEvery.isZero()) throw new IllegalArgumentException("rescan interval must be positive, was " + rescanEvery);
    CorpusWatcher w = new CorpusWatcher(roots, index, rescanEvery, useEvents);
    w.indexing.start();
    if (w.watching != null) w.watching.start();
    log.info("Watching {} for changes ({}, rescan every {})", w.roots,
        w.events == null ? "rescans only" : w.watched.size() + " folders", rescanEvery);
    return w;
  }

  /** Says the corpus changed (a feed wrote files, say): an update follows shortly. */
  public void changed() {
    lock.lock();
    try {
      long now = System.nanoTime();
      if (!changed) firstChange = now;
      changed = true;
      lastChange = now;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The last update that finished, or {@code null} before the first. */
  public IndexRun lastRun() {
    return lastRun;
  }

  /** Updates finished so far, failed ones not counted. */
  public long updates() {
    return updates;
  }

  public long failures() {
    return failures;
  }

  /** Stops watching; an update in progress is finished (and committed) first. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (stopping) return;
      stopping = true;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
    if (events != null) {
      try {
        events.close();
      } catch (IOException e) {
        log.debug("closing the watch service: {}", e.toString());
      }
    }
    boolean interrupted = false;
    while (indexing.isAlive()) {
      try {
        indexing.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    log.info("Stopped watching {}", roots);
  }

  private void runUpdates() {
    boolean due = true; // the corpus may have changed while Lede was not running
    long nextRescan = System.nanoTime();
    while (true) {
      lock.lock();
      try {
        while (!stopping && !due) {
          long now = System.nanoTime();
          long at = nextRescan;
          if (changed) at = Math.min(at, Math.min(lastChange + QUIET.toNanos(), firstChange + MOST_WAIT.toNanos()));
          if (at - now <= 0) {
            due = true;
          } else {
            wake.awaitNanos(at - now);
          }
        }
        if (stopping) return;
        changed = false;
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      update();
      due = false;
      nextRescan = System.nanoTime() + rescanNanos;
    }
  }

  private void update() {
    try {
      IndexRun run = index.apply(roots);
      lastRun = run;
      updates++;
      if (!run.idle()) log.info("Corpus changed: {}", run.summary());
    } catch (RuntimeException | StackOverflowError e) {
      // The next rescan tries again; a watcher that died here would leave the index stale for good.
      failures++;
      log.warn("Indexing {} failed, trying again in {} s: {}", roots, rescanNanos / 1_000_000_000.0, e.toString());
    }
  }

  private void readEvents() {
    while (true) {
      WatchKey key;
      try {
        key = events.take();
      } catch (ClosedWatchServiceException | InterruptedException e) {
        return;
      }
      Path folder = watched.get(key);
      boolean relevant = false;
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == OVERFLOW || folder == null) {
          relevant = true;
          continue;
        }
        Path child = folder.resolve((Path) event.context());
        if (child.getFileName().toString().startsWith(".")) continue; // hidden, as the corpus listing skips it: temp files
        if (!inCorpus(child)) continue;
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) watchTree(child);
        relevant = true;
      }
      if (!key.reset()) watched.remove(key); // the folder is gone
      if (relevant) changed();
    }
  }

  /** True for paths under a folder root, or a root file itself (its parent folder is watched for it). */
  private boolean inCorpus(Path path) {
    if (fileRoots.contains(path)) return true;
    for (Path root : roots) if (!fileRoots.contains(root) && path.startsWith(root)) return true;
    return false;
  }

  private void watchRoot(Path root) {
    if (Files.isDirectory(root)) {
      watchTree(root);
    } else if (Files.isRegularFile(root) && root.getParent() != null) {
      fileRoots.add(root);
      watchFolder(root.getParent());
    } else {
      log.warn("{}: not a file or folder (yet); changes to it are found by the rescan only", root);
    }
  }

  private void watchTree(Path top) {
    try {
      Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(top) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
          return watchFolder(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          log.debug("{}: not watched ({})", file, e.toString()); // link loops end here
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      log.warn("{}: cannot watch ({}); its changes are found by the rescan", top, e.toString());
    }
    // Files made in a new folder before it was watched raise no event: have them looked for.
    changed();
  }

  private boolean watchFolder(Path folder) {
    try {
      watched.put(folder.register(events, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
      return true;
    } catch (ClosedWatchServiceException e) {
      return false;
    } catch (IOException e) {
      // Typically the limit on inotify watches: the rescan still finds every change, only later.
      log.warn("{}: cannot watch ({}); its changes are found by the rescan", folder, e.toString());
      return false;
    }
  }

  private static WatchService openEvents() {
    try {
      return FileSystems.getDefault().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      log.warn("File-system events are not available ({}); changes are found by the rescan only", e.toString());
      return null;
    }
  }
}
