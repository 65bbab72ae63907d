package org.esgstudio.model;

/** The kind of chart drawn from indicator values. */
public enum ChartKind {
    BAR, LINE, PIE
}
