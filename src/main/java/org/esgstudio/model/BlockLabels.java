package org.esgstudio.model;

/** A short, recognisable label for a block in locations and outlines: its kind and the start of its text. */
public final class BlockLabels {
    private static final int EXCERPT = 16;

    private BlockLabels() {
    }

    public static String label(Block block) {
        return kindName(block) + " " + excerpt(block);
    }

    /** The block kind's Chinese name, as editors call it. */
    public static String kindName(Block block) {
        if (block instanceof Paragraph) {
            return "段落";
        } else if (block instanceof Heading) {
            return "小标题";
        } else if (block instanceof BulletList) {
            return "列表";
        } else if (block instanceof CaseStudy) {
            return "案例";
        } else if (block instanceof DataTable) {
            return "数据表";
        } else if (block instanceof TextTable) {
            return "文字表";
        } else if (block instanceof Tiles) {
            return "亮点数字";
        } else if (block instanceof Callout) {
            return "数字标注";
        } else if (block instanceof Image) {
            return "图片";
        } else if (block instanceof Chart) {
            return "图表";
        } else {
            return "图示";
        }
    }

    /** The first characters of the block's own text, marks removed. */
    public static String excerpt(Block block) {
        String text;
        if (block instanceof Paragraph p) {
            text = plain(p.text().zh());
        } else if (block instanceof Heading h) {
            text = h.text().zh();
        } else if (block instanceof BulletList l) {
            text = l.items().isEmpty() ? "" : plain(l.items().get(0).zh());
        } else if (block instanceof CaseStudy c) {
            text = c.title().zh();
        } else if (block instanceof DataTable t) {
            text = t.title().zh();
        } else if (block instanceof TextTable t) {
            text = t.title().zh();
        } else if (block instanceof Tiles t) {
            text = t.title().zh();
        } else if (block instanceof Callout c) {
            text = c.figure().value().zh() + c.figure().unit().zh() + " " + c.figure().label().zh();
        } else if (block instanceof Image i) {
            text = i.caption().zh().isEmpty() ? i.asset() : i.caption().zh();
        } else if (block instanceof Chart c) {
            text = c.title().zh();
        } else {
            text = ((Diagram) block).title().zh();
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }

    private static String plain(String markedUp) {
        try {
            return InlineMarkup.plainText(markedUp, ref -> "{" + ref.indicator() + "}");
        } catch (IllegalArgumentException malformed) {
            return markedUp;
        }
    }
}
