package org.esgstudio.ui.outline;

/** What an outline node stands for; the view picks its icon by kind. */
public enum OutlineKind {
    REPORT, FRONT_MATTER, FRONT_PART, CHAPTER, FEATURE, SECTION, BLOCK, CASE_STUDY, BACK_MATTER, BACK_PART
}
