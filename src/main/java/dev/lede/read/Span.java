package dev.lede.read;

/**
 * A stretch of a sentence that could be the short answer.
 *
 * @param kind what the text looks like (a number, a date, a person's name, ...)
 * @param start offset of the first character in the sentence
 * @param end offset after the last character
 */
public record Span(String text, AnswerType kind, int start, int end) {}
