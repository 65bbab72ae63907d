package org.esgstudio.model;

/** Environmental, social or governance. */
public enum EsgCategory {
    E, S, G
}
