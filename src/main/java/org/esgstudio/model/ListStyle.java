package org.esgstudio.model;

/** How list items are marked: bullets, numbers, or as the steps of a process. */
public enum ListStyle {
    BULLET, NUMBERED, STEPS
}
