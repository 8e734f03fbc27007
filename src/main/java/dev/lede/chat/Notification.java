package dev.lede.chat;

import java.time.LocalDate;

/**
 * A newly indexed article that matches a followed topic, as a front end posts it.
 *
 * @param date the article's date, or null when unknown
 * @param url the article's link, or null
 * @param sentence the article's sentence that best matches the topic
 */
public record Notification(
    Topic topic, String articleId, String title, LocalDate date, String url, String publisher, String sentence) {}
