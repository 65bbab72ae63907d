package org.esgstudio.figures;

/** How serious a finding is: errors make {@code validate} exit 1; warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, INFO
}
