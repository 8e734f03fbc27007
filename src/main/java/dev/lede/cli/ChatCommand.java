package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatPolicy;
import dev.lede.chat.ChatRequest;
import dev.lede.chat.Command.Parsed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "chat", description = "Talk to Lede in the terminal, through the same chat layer the bots use.", mixinStandardHelpOptions = true)
final class ChatCommand implements Callable<Integer> {
  @Mixin CoreOptions core;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day that counts as today (default: today).")
  LocalDate asOf;

  @Spec CommandSpec spec;

  /** Where the conversation comes from; {@code null} for standard input. */
  private final Reader input;

  ChatCommand() {
    this(null);
  }

  ChatCommand(Reader input) {
    this.input = input;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (Lede lede = Lede.open(core.resolve(List.of()))) {
      Chat chat = lede.chat(ChatPolicy.open());
      BufferedReader in = new BufferedReader(input != null ? input : new InputStreamReader(System.in, StandardCharsets.UTF_8));
      boolean terminal = input == null && System.console() != null;
      if (terminal) out.println("Lede — " + TerminalText.about(lede.archive().summary()) + " Type /help for commands, /quit to leave.");
      String user = System.getProperty("user.name", "you");
      while (true) {
        if (terminal) {
          out.print("> ");
          out.flush();
        }
        String line = in.readLine();
        if (line == null) break;
        if (line.isBlank()) continue;
        if (line.strip().equals("/quit") || line.strip().equals("/exit")) break;
        Parsed parsed = dev.lede.chat.Command.parse(line);
        String text;
        if (!parsed.isKnown()) {
          text = "Unknown command /" + parsed.word() + ". Type /help for the list.";
        } else {
          text = TerminalText.render(chat.handle(new ChatRequest("terminal", user, "terminal", parsed.command(), parsed.argument(), asOf)));
        }
        out.println(text);
        out.println();
        out.flush();
      }
      return 0;
    }
  }
}
