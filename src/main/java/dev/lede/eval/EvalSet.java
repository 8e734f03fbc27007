package dev.lede.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An evaluation set ready to run: the corpus to index and the questions to ask.
 *
 * @param name what the set is, for the report's heading
 * @param corpus article files to index
 * @param questions in the order to ask them
 * @param problems what was skipped while reading the set
 */
public record EvalSet(String name, List<Path> corpus, List<EvalQuestion> questions, List<String> problems) {
  public EvalSet {
    corpus = List.copyOf(corpus);
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }

  /**
   * A SQuAD file as open-domain QA, its paragraphs written as article JSONL into
   * {@code articlesDir}. The file there is replaced only when its content changes, so that an
   * index kept between runs sees it unchanged and is not rebuilt.
   */
  public static EvalSet squad(Path file, Path articlesDir, LocalDate today) throws IOException {
    Files.createDirectories(articlesDir);
    String base = file.getFileName().toString().replaceAll("\\.json(\\.gz)?$", "");
    Path articles = articlesDir.resolve(base + ".jsonl");
    Path fresh = Files.createTempFile(articlesDir, base, ".tmp");
    try {
      SquadSet set = SquadSet.convert(file, fresh, today);
      if (!Files.exists(articles) || Files.mismatch(articles, fresh) != -1) {
        Files.move(fresh, articles, StandardCopyOption.REPLACE_EXISTING);
      }
      String name = String.format(Locale.ROOT, "SQuAD %s %s: %,d paragraphs", set.version(), file.getFileName(),
          set.paragraphs());
      return new EvalSet(name, List.of(articles), set.questions(), set.problems());
    } finally {
      Files.deleteIfExists(fresh);
    }
  }

  /** Articles and question JSONL; each question is asked as of its {@code asked_on} day. */
  public static EvalSet news(Path articles, Path questionFile) throws IOException {
    QuestionFile file = QuestionFile.read(questionFile);
    return new EvalSet(articles.getFileName() + " with " + questionFile.getFileName(), List.of(articles),
        file.questions(), file.problems());
  }

  /** The first {@code n} questions only. */
  public EvalSet first(int n) {
    return n >= questions.size() ? this : new EvalSet(name, corpus, questions.subList(0, n), problems);
  }
}
