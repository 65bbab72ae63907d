package org.esgstudio.review.compare;

import org.esgstudio.i18n.Messages;

/** The kinds of report node ({@code paragraph}, {@code textTable}, {@code chapter} …) as people call them. */
public final class NodeKinds {
    private NodeKinds() {
    }

    /** "段落", "文字表", "章" …, or the kind as stored when the bundle has no name for it. */
    public static String name(String kind) {
        String key = "version.kind." + kind;
        return Messages.bundle().containsKey(key) ? Messages.get(key) : kind;
    }
}
