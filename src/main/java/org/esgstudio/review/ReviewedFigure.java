package org.esgstudio.review;

/**
 * One figure of the report as review sees it: the chapter (or front/back part) it is in, its block and place, the
 * figure as written, the indicator and year it was matched to (null when it matched none), whether it agrees with the
 * store, its status and, when approved, the approval that covers it.
 */
public record ReviewedFigure(String chapterId, String chapterTitle, String blockId, String location, String text,
                             String indicator, Integer year, boolean agrees, FigureStatus status,
                             Approval approvedBy) {
}
