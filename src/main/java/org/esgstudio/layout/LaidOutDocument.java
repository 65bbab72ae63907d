package org.esgstudio.layout;

import java.util.List;
import java.util.Map;

/** The layout's result: pages, the outline, the anchors' page numbers, document metadata and warnings. */
public record LaidOutDocument(List<PageBox> pages, List<OutlineEntry> outline, Map<String, Integer> anchorPages,
                              DocumentInfo info, List<LayoutWarning> warnings) {
    public LaidOutDocument {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
        anchorPages = Map.copyOf(anchorPages);
        warnings = List.copyOf(warnings);
    }
}
