package org.esgstudio.review;

/**
 * Where an anchor's node sits in the report as it is now: its chapter (id, number counted from 1 over the report's
 * chapters as {@code export-docx --chapter} counts them, null for front and back matter, and title) and the path
 * "chapter › section › block" reviewers read.
 */
public record CommentPlace(String chapterId, Integer chapterNumber, String chapterTitle, String path) {
}
