package org.esgstudio.layout.text;

/**
 * One line chosen by {@link LineSplitter}: code points [start, end) of the paragraph (trailing spaces included,
 * they are not set), and whether it ends in an emergency break inside an unbreakable item.
 */
record LineRange(int start, int end, boolean emergency) {
}
