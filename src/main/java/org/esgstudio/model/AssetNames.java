package org.esgstudio.model;

/**
 * The names assets may have. An asset's name becomes a path — {@code assets/<name>} in a report folder — so it must be
 * a plain file name that stays inside that folder on every system: not empty, no folder separators ({@code /} or
 * {@code \}), no drive or stream colon ({@code C:}), not {@code .} or {@code ..}, no control characters, at most
 * {@link #MAX_LENGTH} characters. Names read from a folder's assets/ always are; a name in a report.json or in a
 * project file written by something else may not be, and is refused wherever it would become a path.
 */
public final class AssetNames {
    /** The longest file name common file systems allow. */
    public static final int MAX_LENGTH = 255;

    private AssetNames() {
    }

    /** Whether {@code name} is a plain file name that cannot reach outside the folder it is resolved in. */
    public static boolean isPlain(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
