package dev.lede.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.answer.Answer;
import dev.lede.answer.AnswerCache;
import dev.lede.answer.Answering;
import dev.lede.answer.Question;
import dev.lede.retrieve.Archive;
import dev.lede.retrieve.ArchiveSummary;
import dev.lede.retrieve.Source;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chat layer over a fake core that records what it was asked. */
class ChatTest {
  static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  static final Source LANTERNS = new Source("l1", "Lanterns counted in Brill", DAY, "https://example.org/l1", "Brill Post", "4,200 lanterns.");

  final List<Question> asked = new ArrayList<>();
  final Answering core = q -> {
    asked.add(q);
    boolean decline = q.text().contains("Australia");
    return new Answer(q.text(), decline ? null : "4,200", decline ? null : "Inspectors counted 4,200 lanterns.",
        decline, decline ? 0.1 : 0.9, decline ? List.of() : List.of(LANTERNS), false, 2);
  };
  final Archive archive = new Archive() {
    @Override
    public List<Source> search(String words, int limit) {
      return words.toLowerCase().contains("lantern") ? List.of(LANTERNS) : List.of();
    }

    @Override
    public List<Source> latest(String topic, int limit) {
      return List.of(LANTERNS);
    }

    @Override
    public ArchiveSummary summary() {
      return new ArchiveSummary(1, 1, DAY, DAY, null);
    }
  };

  static ChatRequest ask(String user, String chat, String question) {
    return new ChatRequest("test", user, chat, Command.ASK, question, DAY);
  }

  Chat chat(ChatPolicy policy) {
    return new Chat(core, archive, policy);
  }

  @Test
  void question_isAnsweredWithAnIdAndTheCoresAnswer() {
    Reply reply = chat(ChatPolicy.open()).handle(ask("u1", "c1", "How many lanterns?"));
    Reply.Answered a = assertInstanceOf(Reply.Answered.class, reply);
    assertEquals("4,200", a.answer().text());
    assertTrue(a.id().matches("[a-z0-9]{1,16}"), a.id());
    assertEquals(List.of(new Question("How many lanterns?", DAY)), asked);
  }

  @Test
  void perUserRateLimit_refusesTheUserWithARetryTimeButServesOthers() {
    Chat chat = chat(new ChatPolicy(1_000, 3, 0, Set.of()));
    for (int i = 0; i < 3; i++) assertInstanceOf(Reply.Answered.class, chat.handle(ask("u1", "c1", "How many lanterns " + i + "?")));
    Reply.Refused r = assertInstanceOf(Reply.Refused.class, chat.handle(ask("u1", "c1", "How many more?")));
    assertEquals(Refusal.RATE_LIMITED, r.reason());
    assertTrue(r.retryAfter() != null && r.retryAfter().compareTo(Duration.ZERO) > 0, String.valueOf(r.retryAfter()));
    assertInstanceOf(Reply.Answered.class, chat.handle(ask("u2", "c1", "How many lanterns?")), "another user is still served");
    assertEquals(4, asked.size(), "the refused question never reached the core");
  }

  @Test
  void perChatRateLimit_countsEveryoneInTheChat() {
    Chat chat = chat(new ChatPolicy(1_000, 0, 2, Set.of()));
    chat.handle(ask("u1", "c1", "How many lanterns?"));
    chat.handle(ask("u2", "c1", "How many lanterns?"));
    Reply.Refused r = assertInstanceOf(Reply.Refused.class, chat.handle(ask("u3", "c1", "How many lanterns?")));
    assertEquals(Refusal.RATE_LIMITED, r.reason());
    assertInstanceOf(Reply.Answered.class, chat.handle(ask("u3", "c2", "How many lanterns?")));
  }

  @Test
  void searchesCountAgainstTheRateLimitToo() {
    Chat chat = chat(new ChatPolicy(1_000, 1, 0, Set.of()));
    chat.handle(new ChatRequest("test", "u1", "c1", Command.SEARCH, "lanterns"));
    Reply.Refused r = assertInstanceOf(Reply.Refused.class, chat.handle(ask("u1", "c1", "How many lanterns?")));
    assertEquals(Refusal.RATE_LIMITED, r.reason());
  }

  @Test
  void tooLongQuestion_isRefusedBeforeTheCore() {
    Chat chat = chat(new ChatPolicy(20, 0, 0, Set.of()));
    Reply.Refused r = assertInstanceOf(Reply.Refused.class, chat.handle(ask("u1", "c1", "How many lanterns were counted in Brill?")));
    assertEquals(Refusal.TOO_LONG, r.reason());
    assertTrue(asked.isEmpty());
    assertInstanceOf(Reply.Answered.class, chat.handle(ask("u1", "c1", "How many lanterns?")));
  }

  @Test
  void emptyQuestion_isRefused() {
    Chat chat = chat(ChatPolicy.open());
    for (String q : List.of("", "   ", "?!", "\n\t", "🙂")) {
      Reply.Refused r = assertInstanceOf(Reply.Refused.class, chat.handle(ask("u1", "c1", q)), "'" + q + "'");
      assertEquals(Refusal.EMPTY_QUESTION, r.reason());
    }
    assertTrue(asked.isEmpty());
  }

  @Test
  void chatOutsideTheAllowList_isRefusedForEveryCommand() {
    Chat chat = chat(new ChatPolicy(1_000, 0, 0, Set.of("c1")));
    for (Command c : Command.values()) {
      Reply.Refused r = assertInstanceOf(Reply.Refused.class, chat.handle(new ChatRequest("test", "u1", "c9", c, "lanterns")), c.name());
      assertEquals(Refusal.NOT_ALLOWED, r.reason());
    }
    assertInstanceOf(Reply.Answered.class, chat.handle(ask("u1", "c1", "How many lanterns?")));
  }

  @Test
  void answerById_returnsTheAnswerForASourcesButton() {
    Chat chat = chat(ChatPolicy.open());
    Reply.Answered a = (Reply.Answered) chat.handle(ask("u1", "c1", "How many lanterns?"));
    assertSame(a.answer(), chat.answer(a.id()).orElseThrow());
    assertEquals(LANTERNS, chat.answer(a.id()).orElseThrow().source());
    assertTrue(chat.answer("unknown-id").isEmpty());
    assertTrue(chat.answer(null).isEmpty());
  }

  @Test
  void answerIds_areDistinct() {
    Chat chat = chat(ChatPolicy.open());
    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < 50; i++) ids.add(((Reply.Answered) chat.handle(ask("u1", "c1", "How many lanterns?"))).id());
    assertEquals(50, ids.size());
  }

  @Test
  void feedback_isAcceptedForKnownAnswersOnly() {
    Chat chat = chat(ChatPolicy.open());
    Reply.Answered a = (Reply.Answered) chat.handle(ask("u1", "c1", "How many lanterns?"));
    assertTrue(chat.feedback("test", "u1", a.id(), true));
    assertTrue(chat.feedback("test", "u2", a.id(), false));
    assertFalse(chat.feedback("test", "u1", "nope", true));
    assertFalse(chat.feedback("test", "u1", null, true));
  }

  @Test
  void suggestions_putFrequentQuestionsFirstThenTitles() {
    AnswerCache cache = new AnswerCache(core, () -> 1, 100, Duration.ofHours(1));
    Chat chat = new Chat(cache, archive, ChatPolicy.open());
    chat.handle(ask("u1", "c1", "How many lanterns in Brill?"));
    for (int i = 0; i < 3; i++) chat.handle(ask("u1", "c1", "How many lanterns were lit?"));
    chat.handle(ask("u1", "c1", "What is the capital of Australia?"));
    List<String> s = chat.suggestions("how many lanterns", 5);
    assertEquals(List.of("how many lanterns were lit", "how many lanterns in brill", "Lanterns counted in Brill"), s);
    assertEquals(1, chat.suggestions("how", 1).size());
    assertFalse(chat.suggestions("what is the capital", 5).contains("what is the capital of australia"), "declined questions are not offered");
  }

  @Test
  void failingCore_isRefusedAsUnavailableNotThrown() {
    Chat chat = new Chat(q -> { throw new IllegalStateException("index gone"); }, archive, ChatPolicy.open());
    Reply.Refused r = assertInstanceOf(Reply.Refused.class, chat.handle(ask("u1", "c1", "How many lanterns?")));
    assertEquals(Refusal.UNAVAILABLE, r.reason());
  }

  @Test
  void failingArchive_isRefusedAsUnavailableNotThrown() {
    Archive broken = new Archive() {
      @Override
      public List<Source> search(String words, int limit) {
        throw new java.io.UncheckedIOException(new java.io.IOException("disk"));
      }

      @Override
      public List<Source> latest(String topic, int limit) {
        throw new IllegalStateException("closed");
      }

      @Override
      public ArchiveSummary summary() {
        throw new IllegalStateException("closed");
      }
    };
    Chat chat = new Chat(core, broken, ChatPolicy.open());
    for (Command c : List.of(Command.SEARCH, Command.LATEST, Command.ABOUT, Command.START)) {
      Reply.Refused r = assertInstanceOf(Reply.Refused.class, chat.handle(new ChatRequest("test", "u1", "c1", c, "lanterns")), c.name());
      assertEquals(Refusal.UNAVAILABLE, r.reason());
    }
  }

  @Test
  void searchAndLatest_giveArticles() {
    Chat chat = chat(ChatPolicy.open());
    Reply.Articles s = assertInstanceOf(Reply.Articles.class, chat.handle(new ChatRequest("test", "u1", "c1", Command.SEARCH, "lanterns")));
    assertEquals(List.of(LANTERNS), s.articles());
    Reply.Articles l = assertInstanceOf(Reply.Articles.class, chat.handle(new ChatRequest("test", "u1", "c1", Command.LATEST, "")));
    assertEquals(Command.LATEST, l.command());
    assertEquals(Refusal.EMPTY_QUESTION,
        ((Reply.Refused) chat.handle(new ChatRequest("test", "u1", "c1", Command.SEARCH, "  "))).reason());
  }

  @Test
  void aboutHelpAndStats_needNoCore() {
    Chat chat = new Chat(q -> { throw new AssertionError("not asked"); }, archive, ChatPolicy.open());
    Reply.About about = assertInstanceOf(Reply.About.class, chat.handle(new ChatRequest("test", "u1", "c1", Command.ABOUT, "")));
    assertEquals(1, about.summary().articles());
    assertTrue(about.exampleQuestion().contains("Lanterns counted in Brill"), about.exampleQuestion());
    assertInstanceOf(Reply.Help.class, chat.handle(new ChatRequest("test", "u1", "c1", Command.HELP, "")));
    assertInstanceOf(Reply.Stats.class, chat.handle(new ChatRequest("test", "u1", "c1", Command.STATS, "")));
  }

  @Test
  void stats_countQuestionsByOutcome() {
    Chat chat = chat(new ChatPolicy(30, 0, 0, Set.of()));
    chat.handle(ask("u1", "c1", "How many lanterns?"));
    chat.handle(ask("u1", "c1", "Capital of Australia?"));
    chat.handle(ask("u1", "c1", ""));
    chat.handle(ask("u1", "c1", "x".repeat(31)));
    ChatStats s = chat.stats();
    assertEquals(2, s.questions());
    assertEquals(1, s.answered());
    assertEquals(1, s.declined());
    assertEquals(2, s.refused());
  }

  @Test
  void requestWithoutAsOf_isAskedAsOfTheChatsToday() {
    var clock = java.time.Clock.fixed(java.time.Instant.parse("2024-07-04T12:00:00Z"), java.time.ZoneOffset.UTC);
    Chat chat = new Chat(core, archive, ChatPolicy.open(), clock);
    chat.handle(new ChatRequest("test", "u1", "c1", Command.ASK, "How many lanterns?"));
    assertEquals(LocalDate.of(2024, 7, 4), asked.get(0).asOf());
  }
}
