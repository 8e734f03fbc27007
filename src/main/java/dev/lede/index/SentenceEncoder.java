package dev.lede.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns sentences into vectors whose cosine says how close their meanings are: the quantized
 * all-MiniLM-L6-v2 model, which ships inside its Maven artifact and runs in-process on ONNX
 * Runtime, so nothing is downloaded. Vectors are unit length; recent ones are kept, because the
 * same passages answer many questions.
 */
public final class SentenceEncoder {
  private static final Logger log = LoggerFactory.getLogger(SentenceEncoder.class);
  /** The model's name as the index and the README give it. */
  public static final String MODEL = "all-minilm-l6-v2-q";
  public static final int DIMENSION = 384;
  /** About 1.5 kB a vector: 20,000 of them are 30 MB. */
  private static final int REMEMBERED = 20_000;

  private static volatile SentenceEncoder shared;

  private final EmbeddingModel model;
  private final Cache<String, float[]> remembered = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

  private SentenceEncoder(EmbeddingModel model) {
    this.model = model;
  }

  /** The one encoder of this process: the model takes a second and 100 MB to load, so it is loaded once, on first use. */
  public static SentenceEncoder shared() {
    SentenceEncoder s = shared;
    if (s == null) {
      synchronized (SentenceEncoder.class) {
        s = shared;
        if (s == null) shared = s = load();
      }
    }
    return s;
  }

  private static SentenceEncoder load() {
    // The tokenizer's library (DJL) otherwise reports usage to its makers and probes the
    // cloud-metadata address: Lede makes no network calls its user did not configure.
    System.setProperty("OPT_OUT_TRACKING", "true");
    System.setProperty("ai.djl.offline", "true");
    long start = System.nanoTime();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "lede-encoder");
      t.setDaemon(true);
      return t;
    });
    SentenceEncoder encoder = new SentenceEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel(pool));
    log.info("Loaded sentence model {} in {} ms", MODEL, (System.nanoTime() - start) / 1_000_000);
    return encoder;
  }

  public float[] encode(String text) {
    return encode(List.of(text)).get(0);
  }

  /** Vectors for indexing: not remembered, since each sentence is indexed once. */
  List<float[]> encodeOnce(List<String> texts) {
    if (texts.isEmpty()) return List.of();
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) segments.add(TextSegment.from(t.isBlank() ? "." : t));
    List<Embedding> embedded = model.embedAll(segments).content();
    List<float[]> out = new ArrayList<>(texts.size());
    for (Embedding e : embedded) out.add(unit(e.vector()));
    return out;
  }

  /** One unit vector per text, in order. */
  public List<float[]> encode(List<String> texts) {
    Map<String, float[]> known = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String t : texts) {
      float[] v = remembered.getIfPresent(t);
      if (v != null) known.put(t, v);
      else if (!known.containsKey(t) && !missing.contains(t)) missing.add(t);
    }
    List<float[]> encoded = encodeOnce(missing);
    for (int i = 0; i < missing.size(); i++) {
      remembered.put(missing.get(i), encoded.get(i));
      known.put(missing.get(i), encoded.get(i));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) out.add(known.get(t));
    return out;
  }

  /** Cosine of two unit vectors. */
  public static double similarity(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
    return dot;
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm == 0) return v;
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
    return out;
  }
}
