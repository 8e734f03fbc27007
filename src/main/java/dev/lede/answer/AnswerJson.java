package dev.lede.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.retrieve.Source;

/** The one JSON shape of an answer: what `ask --json` prints and the HTTP API returns. */
public final class AnswerJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The message of a declined answer. */
  public static final String DECLINED = "I couldn't find that in the articles.";

  private AnswerJson() {}

  /** The answer, with {@link #DECLINED} as its message when Lede declined. */
  public static ObjectNode of(Answer a) {
    return of(a, a.abstained() ? DECLINED : null);
  }

  /** {@code message} explains a declined or rejected question; {@code null} otherwise. */
  public static ObjectNode of(Answer a, String message) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("question", a.question());
    o.put("answer", a.text());
    o.put("sentence", a.sentence());
    o.put("abstained", a.abstained());
    o.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
    ArrayNode sources = o.putArray("sources");
    for (Source s : a.sources()) {
      ObjectNode j = sources.addObject();
      j.put("id", s.articleId());
      j.put("title", s.title());
      j.put("date", s.date() == null ? null : s.date().toString());
      j.put("url", s.url());
      j.put("snippet", s.snippet());
    }
    o.put("cached", a.cached());
    o.put("took_ms", a.tookMillis());
    if (message != null) o.put("message", message);
    return o;
  }

  public static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain values always serialises
    }
  }
}
