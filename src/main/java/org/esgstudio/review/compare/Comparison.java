package org.esgstudio.review.compare;

import java.util.List;
import org.esgstudio.data.Project;

/**
 * What changed between two states of a project (two named versions, or a version and the current state): the nodes
 * of the report added, removed, changed or moved, in reading order; the data store's values that changed; and the
 * figures written in the text that changed. Pure and deterministic: the same two projects give the same comparison.
 */
public record Comparison(List<BlockChange> blocks, List<ValueChange> values, List<FigureChange> figures) {
    public Comparison {
        blocks = List.copyOf(blocks);
        values = List.copyOf(values);
        figures = List.copyOf(figures);
    }

    public static Comparison between(Project from, Project to) {
        List<BlockChange> blocks = new NodeComparison(from.report(), to.report()).changes();
        return new Comparison(blocks, ValueComparison.between(from.data(), to.data()),
                TextFigureChanges.of(from, to, blocks));
    }

    /** The headline counts. */
    public record Counts(int blocksAdded, int blocksRemoved, int blocksChanged, int blocksMoved, int valuesAdded,
                         int valuesRemoved, int valuesChanged, int figuresAdded, int figuresRemoved,
                         int figuresChanged) {
        public int blocks() {
            return blocksAdded + blocksRemoved + blocksChanged + blocksMoved;
        }

        public int values() {
            return valuesAdded + valuesRemoved + valuesChanged;
        }

        public int figures() {
            return figuresAdded + figuresRemoved + figuresChanged;
        }
    }

    public Counts counts() {
        return new Counts(count(blocks, ChangeKind.ADDED), count(blocks, ChangeKind.REMOVED),
                count(blocks, ChangeKind.CHANGED), count(blocks, ChangeKind.MOVED),
                (int) values.stream().filter(v -> v.change() == ChangeKind.ADDED).count(),
                (int) values.stream().filter(v -> v.change() == ChangeKind.REMOVED).count(),
                (int) values.stream().filter(v -> v.change() == ChangeKind.CHANGED).count(),
                (int) figures.stream().filter(f -> f.change() == ChangeKind.ADDED).count(),
                (int) figures.stream().filter(f -> f.change() == ChangeKind.REMOVED).count(),
                (int) figures.stream().filter(f -> f.change() == ChangeKind.CHANGED).count());
    }

    private static int count(List<BlockChange> blocks, ChangeKind kind) {
        return (int) blocks.stream().filter(block -> block.change() == kind).count();
    }

    /** Nothing differs. */
    public boolean isEmpty() {
        return blocks.isEmpty() && values.isEmpty() && figures.isEmpty();
    }
}
