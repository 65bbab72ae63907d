package org.esgstudio.layout.report;

import org.esgstudio.layout.font.FontMetrics;

/** The fonts a theme names, by key (sans-regular, sans-bold, serif-regular …). */
public interface FontSource {
    FontMetrics metrics(String key);
}
