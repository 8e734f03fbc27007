package dev.lede.follow;

import dev.lede.chat.FollowStore;
import dev.lede.chat.Subscription;
import dev.lede.chat.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Subscriptions and delivery records in one SQLite file. WAL journal with {@code synchronous=FULL}:
 * a committed delivery record survives kill -9 and power loss, so that a notification recorded as
 * sent is never sent again. The UNIQUE constraint on (subscription, article) decides what is new.
 * One connection, used by one thread at a time.
 */
public final class SqliteFollowStore implements FollowStore {
  private static final Logger log = LoggerFactory.getLogger(SqliteFollowStore.class);
  /** The file in the data folder. */
  public static final String FILE_NAME = "follows.db";
  static final int SCHEMA = 1;

  private final Path file;
  private final Connection db;

  private SqliteFollowStore(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /** Opens {@value #FILE_NAME} in {@code dataDir}, creating folder, file and tables as needed. */
  public static SqliteFollowStore inDataDir(Path dataDir) {
    return open(dataDir.resolve(FILE_NAME));
  }

  /**
   * Opens or creates the database file.
   *
   * @throws IllegalStateException naming the file when it cannot be opened or is not Lede's database
   */
  public static SqliteFollowStore open(Path file) {
    try {
      if (file.getParent() != null) Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new IllegalStateException("follow topics database " + file + ": cannot create its folder: " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    Connection db;
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    } catch (SQLException e) {
      throw new IllegalStateException("follow topics database " + file + ": cannot open (" + e.getMessage()
          + "); check its permissions, or move it away to start with no subscriptions", e);
    }
    SqliteFollowStore store = new SqliteFollowStore(file, db);
    try {
      store.createSchema();
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw new IllegalStateException("follow topics database " + file + " is not usable (" + e.getMessage()
          + "); move it away to start with no subscriptions", e);
    }
    log.info("Follow topics: {} subscription(s) in {}", store.all().size(), file);
    return store;
  }

  private void createSchema() throws SQLException {
    try (Statement s = db.createStatement()) {
      int version;
      try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
        version = r.next() ? r.getInt(1) : 0;
      }
      if (version > SCHEMA) {
        throw new SQLException("schema version " + version + " is newer than this Lede knows (" + SCHEMA + ")");
      }
      db.setAutoCommit(false);
      try {
        s.executeUpdate("""
            CREATE TABLE IF NOT EXISTS subscription (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              platform TEXT NOT NULL,
              chat TEXT NOT NULL,
              topic TEXT NOT NULL,
              created TEXT NOT NULL,
              UNIQUE (platform, chat, topic))""");
        s.executeUpdate("""
            CREATE TABLE IF NOT EXISTS delivery (
              subscription INTEGER NOT NULL REFERENCES subscription(id) ON DELETE CASCADE,
              article TEXT NOT NULL,
              delivered TEXT NOT NULL,
              UNIQUE (subscription, article))""");
        s.executeUpdate("PRAGMA user_version = " + SCHEMA);
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    }
  }

  @Override
  public synchronized Subscription add(String platform, String chat, Topic topic, Instant created) {
    try {
      try (PreparedStatement insert = db.prepareStatement(
          "INSERT INTO subscription (platform, chat, topic, created) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        insert.setString(1, platform);
        insert.setString(2, chat);
        insert.setString(3, topic.words());
        insert.setString(4, created.toString());
        insert.executeUpdate();
      }
      try (PreparedStatement find = db.prepareStatement(
          "SELECT id, platform, chat, topic, created FROM subscription WHERE platform = ? AND chat = ? AND topic = ?")) {
        find.setString(1, platform);
        find.setString(2, chat);
        find.setString(3, topic.words());
        List<Subscription> found = read(find);
        if (found.isEmpty()) throw new SQLException("the subscription just added is not there");
        return found.get(0);
      }
    } catch (SQLException e) {
      throw failure("adding " + platform + " chat " + chat + " following '" + topic.words() + "'", e);
    }
  }

  @Override
  public synchronized List<Subscription> of(String platform, String chat) {
    try (PreparedStatement q = db.prepareStatement(
        "SELECT id, platform, chat, topic, created FROM subscription WHERE platform = ? AND chat = ? ORDER BY id")) {
      q.setString(1, platform);
      q.setString(2, chat);
      return read(q);
    } catch (SQLException e) {
      throw failure("listing the topics of " + platform + " chat " + chat, e);
    }
  }

  @Override
  public synchronized List<Subscription> all() {
    try (PreparedStatement q = db.prepareStatement("SELECT id, platform, chat, topic, created FROM subscription ORDER BY id")) {
      return read(q);
    } catch (SQLException e) {
      throw failure("reading the subscriptions", e);
    }
  }

  @Override
  public synchronized boolean remove(long subscription) {
    try (PreparedStatement d = db.prepareStatement("DELETE FROM subscription WHERE id = ?")) {
      d.setLong(1, subscription);
      return d.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("removing subscription " + subscription, e);
    }
  }

  @Override
  public synchronized List<Delivery> record(Collection<Delivery> deliveries, Instant at) {
    if (deliveries.isEmpty()) return List.of();
    List<Delivery> fresh = new ArrayList<>();
    try {
      db.setAutoCommit(false);
      // The EXISTS leaves out deliveries of a subscription removed meanwhile, without a foreign key error.
      try (PreparedStatement insert = db.prepareStatement("""
          INSERT INTO delivery (subscription, article, delivered)
          SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM subscription WHERE id = ?)
          ON CONFLICT DO NOTHING""")) {
        for (Delivery d : deliveries) {
          insert.setLong(1, d.subscription());
          insert.setString(2, d.articleId());
          insert.setString(3, at.toString());
          insert.setLong(4, d.subscription());
          if (insert.executeUpdate() == 1) fresh.add(d);
        }
      }
      db.commit();
      return fresh;
    } catch (SQLException e) {
      rollback();
      throw failure("recording " + deliveries.size() + " deliveries", e);
    } finally {
      autoCommit();
    }
  }

  @Override
  public synchronized boolean delivered(Delivery delivery) {
    try (PreparedStatement q = db.prepareStatement("SELECT 1 FROM delivery WHERE subscription = ? AND article = ?")) {
      q.setLong(1, delivery.subscription());
      q.setString(2, delivery.articleId());
      try (ResultSet r = q.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw failure("reading delivery " + delivery, e);
    }
  }

  private List<Subscription> read(PreparedStatement q) throws SQLException {
    List<Subscription> out = new ArrayList<>();
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) {
        long id = r.getLong("id");
        String words = r.getString("topic");
        Optional<Topic> topic = Topic.parse(words);
        if (topic.isEmpty()) {
          // Only if the analyzer changed so that the words match nothing any more; kept, not shown.
          log.warn("Follow topics: subscription {} in {} has topic '{}', which has no words to match; skipped", id, file, words);
          continue;
        }
        out.add(new Subscription(id, r.getString("platform"), r.getString("chat"), topic.get(), Instant.parse(r.getString("created"))));
      }
    }
    return out;
  }

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException e) {
      log.warn("Follow topics: rollback in {} failed: {}", file, e.getMessage());
    }
  }

  private void autoCommit() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException e) {
      log.warn("Follow topics: {}: {}", file, e.getMessage());
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("follow topics database " + file + ": " + what + " failed: " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      log.warn("Follow topics: closing {}: {}", file, e.getMessage());
    }
  }
}
