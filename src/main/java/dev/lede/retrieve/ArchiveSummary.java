package dev.lede.retrieve;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the index holds: counts, the span of publication dates and when it last changed.
 * Dates are {@code null} when no article is dated; {@code lastUpdate} is {@code null} for an empty index.
 */
public record ArchiveSummary(long articles, long passages, LocalDate firstDate, LocalDate lastDate, Instant lastUpdate) {}
