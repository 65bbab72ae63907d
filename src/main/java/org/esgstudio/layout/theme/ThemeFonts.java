package org.esgstudio.layout.theme;

/** Which font faces (keys of StandardFaces) set Chinese and Latin text, regular and bold. */
public record ThemeFonts(String sans, String sansBold, String latin, String latinBold, String latinItalic) {
}
