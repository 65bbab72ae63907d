package org.esgstudio.model;

/** A feedback question answered by ticking an option, or in the reader's own words. */
public enum QuestionKind {
    CHOICE, OPEN
}
