package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.answer.Answer;
import dev.lede.answer.AnswerJson;
import dev.lede.answer.Question;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", description = "Answer one question from the articles.", mixinStandardHelpOptions = true)
final class AskCommand implements Callable<Integer> {
  static final String PLEASE_ASK = "Please ask a question, for example: How many New Yorkers received removal orders?";

  @Mixin CoreOptions core;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day that counts as today (default: today).")
  LocalDate asOf;

  @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question; quote it or not.")
  List<String> words = List.of();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String text = String.join(" ", words);
    Question question = new Question(text, asOf != null ? asOf : LocalDate.now());
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      Answer none = new Answer(text, null, null, true, 0, List.of(), false, 0);
      out.println(json ? AnswerJson.write(AnswerJson.of(none, PLEASE_ASK)) : PLEASE_ASK);
      out.flush();
      return 0;
    }
    try (Lede lede = Lede.open(core.resolve(List.of()))) {
      Answer answer = lede.answering().ask(question);
      if (json) out.println(AnswerJson.write(AnswerJson.of(answer, answer.abstained() ? TerminalText.DECLINED : null)));
      else out.println(TerminalText.answer(answer));
      out.flush();
      return 0;
    }
  }
}
