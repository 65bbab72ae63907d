package org.esgstudio.model;

/** An organisation chart (a tree of bodies) or a process (steps joined by arrows). */
public enum DiagramKind {
    ORG_CHART, PROCESS
}
