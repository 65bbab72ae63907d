package org.esgstudio.layout.flow;

import java.util.List;
import org.esgstudio.layout.Box;

/** Paints what every body page carries besides its content: running header, page number, rules. */
public interface PageDecorator {
    /** Boxes for a body page with this number and running head (the chapter it is in). */
    List<Box> decorate(int pageNumber, String runningHead);
}
