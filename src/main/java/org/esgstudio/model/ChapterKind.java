package org.esgstudio.model;

/** A numbered chapter, or a feature (专题) printed without a chapter number. */
public enum ChapterKind {
    CHAPTER, FEATURE
}
