package dev.lede.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The corpus file formats, told apart by the file name's ending (any case). */
enum Format {
  // Longest ending first: "a.jsonl.gz" is not "a.jsonl".
  JSONL_GZ(".jsonl.gz"),
  JSONL(".jsonl"),
  TEXT(".txt"),
  MARKDOWN(".md");

  static final String ENDINGS = ".txt, .md, .jsonl or .jsonl.gz";

  final String ending;

  Format(String ending) {
    this.ending = ending;
  }

  static Optional<Format> of(Path file) {
    Path name = file.getFileName();
    if (name == null) return Optional.empty();
    String lower = name.toString().toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      if (lower.endsWith(format.ending) && lower.length() > format.ending.length()) return Optional.of(format);
    }
    return Optional.empty();
  }

  boolean isJsonl() {
    return this == JSONL || this == JSONL_GZ;
  }
}
