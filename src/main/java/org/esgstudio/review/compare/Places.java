package org.esgstudio.review.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.esgstudio.i18n.Messages;
import org.esgstudio.json.ReportNodes;
import org.esgstudio.model.Block;
import org.esgstudio.model.Chapter;
import org.esgstudio.model.Location;
import org.esgstudio.model.Part;
import org.esgstudio.model.Report;
import org.esgstudio.model.ReportVisitor;
import org.esgstudio.model.ReportWalk;
import org.esgstudio.model.Section;

/** Where each node of a report sits: its chapter or part (id and title) and its path as reviewers read it. */
final class Places {
    /** One node's place. */
    record Place(String chapterId, String chapterTitle, String path) {
    }

    private final Map<String, Place> places = new HashMap<>();

    Places(Report report) {
        String settings = Messages.get("version.settings");
        places.put(ReportNodes.ROOT_ID, new Place(ReportNodes.ROOT_ID, settings, settings));
        ReportWalk.walk(report, new ReportVisitor() {
            @Override
            public void part(Part part, Location location) {
                add(part.id(), location);
            }

            @Override
            public void chapter(Chapter chapter, String number, Location location) {
                add(chapter.id(), location);
            }

            @Override
            public void section(Chapter chapter, Section section, String number, Location location) {
                add(section.id(), location);
            }

            @Override
            public void block(Block block, Location location) {
                add(block.id(), location);
            }
        });
    }

    private void add(String id, Location location) {
        List<String> trail = location.trail();
        String title = trail.isEmpty() || trail.get(0).isBlank() ? location.partOrChapterId() : trail.get(0);
        places.put(id, new Place(location.partOrChapterId(), title, location.path().isBlank() ? id : location.path()));
    }

    Place of(String id) {
        return places.getOrDefault(id, new Place(id, id, id));
    }
}
