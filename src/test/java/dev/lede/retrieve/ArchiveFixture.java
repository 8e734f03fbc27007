package dev.lede.retrieve;

import static dev.lede.TestCorpus.json;

import dev.lede.TestCorpus;
import dev.lede.index.Indexer;
import dev.lede.index.PassageIndex;
import dev.lede.index.Passages;
import dev.lede.index.Progress;
import java.nio.file.Path;
import java.util.List;

/** A small indexed corpus of dated articles about a fictional town's canal. */
final class ArchiveFixture {
  private ArchiveFixture() {}

  static PassageIndex open(Path dir) {
    Path corpus = dir.resolve("corpus");
    TestCorpus.jsonl(corpus, "canal.jsonl",
        json("c1", "Canal plan proposed", "2024-01-10", "The Brindle canal plan was proposed by the town council."),
        json("c2", "Canal plan approved", "2024-04-02", "The Brindle canal plan was approved after a long debate."),
        json("c3", "Canal opens", "2024-09-15", "The Brindle canal opened to boats on Sunday."),
        json("c4", "Canal future", "2025-06-01", "The Brindle canal will be extended to the river next year."),
        json("m1", "Market reopens", "2024-05-20", "The covered market on Tanner Street reopened."));
    TestCorpus.text(corpus, "undated.txt", "Canal history", null, "The Brindle canal was first dug by hand centuries ago.");
    PassageIndex index = PassageIndex.open(dir.resolve("index"));
    new Indexer(index, new Passages(120, 220)).update(List.of(corpus), Progress.NONE);
    return index;
  }
}
