package org.esgstudio.model;

import java.util.ArrayList;
import java.util.List;

/** The ids of the small elements inside a part or block (tiles, rows, nodes, topics …), for uniqueness checks. */
final class ElementIds {
    private ElementIds() {
    }

    static List<String> of(Part part) {
        List<String> ids = new ArrayList<>();
        if (part instanceof Highlights h) {
            h.groups().forEach(group -> {
                ids.add(group.id());
                group.tiles().forEach(tile -> ids.add(tile.id()));
            });
        } else if (part instanceof Timeline t) {
            t.entries().forEach(entry -> ids.add(entry.id()));
        } else if (part instanceof Materiality m) {
            m.steps().forEach(step -> ids.add(step.id()));
            m.topics().forEach(topic -> ids.add(topic.id()));
        } else if (part instanceof Stakeholders s) {
            s.rows().forEach(row -> ids.add(row.id()));
        } else if (part instanceof KpiTable k) {
            k.sections().forEach(section -> {
                ids.add(section.id());
                section.groups().forEach(group -> {
                    ids.add(group.id());
                    group.rows().forEach(row -> ids.add(row.id()));
                });
            });
        } else if (part instanceof ContentIndex c) {
            c.rows().forEach(row -> ids.add(row.id()));
        } else if (part instanceof FeedbackForm f) {
            f.questions().forEach(question -> ids.add(question.id()));
        }
        return ids;
    }

    static List<String> of(Block block) {
        List<String> ids = new ArrayList<>();
        if (block instanceof DataTable t) {
            t.rows().forEach(row -> ids.add(row.id()));
        } else if (block instanceof TextTable t) {
            t.rows().forEach(row -> ids.add(row.id()));
        } else if (block instanceof Tiles t) {
            t.tiles().forEach(tile -> ids.add(tile.id()));
        } else if (block instanceof Callout c) {
            ids.add(c.figure().id());
        } else if (block instanceof Diagram d) {
            d.nodes().forEach(node -> ids.add(node.id()));
        }
        return ids;
    }
}
