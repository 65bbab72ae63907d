package org.esgstudio.model;

/** Anything in the report tree with a stable id that comments, approvals and history hang on. */
public interface Identified {
    String id();
}
