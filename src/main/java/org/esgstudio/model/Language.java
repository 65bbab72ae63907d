package org.esgstudio.model;

/** An edition language of the report. */
public enum Language {
    ZH, EN
}
