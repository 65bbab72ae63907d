package org.esgstudio.layout;

/** What the PDF says about itself: title, author (the company), subject, keywords and language (BCP 47). */
public record DocumentInfo(String title, String author, String subject, String keywords, String language) {
}
