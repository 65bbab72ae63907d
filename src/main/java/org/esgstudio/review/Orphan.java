package org.esgstudio.review;

/** Why a thread lost its anchor: the node was deleted, or the figure is no longer written in the block. */
public enum Orphan {
    NODE_GONE, FIGURE_GONE
}
