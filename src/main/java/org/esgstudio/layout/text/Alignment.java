package org.esgstudio.layout.text;

/** How lines sit in their column; JUSTIFY leaves the last line of a paragraph flush left. */
public enum Alignment {
    JUSTIFY, LEFT, CENTER, RIGHT
}
