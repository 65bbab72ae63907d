package org.esgstudio.ui.common;

import java.util.ResourceBundle;
import org.esgstudio.i18n.Messages;

/** The UI's texts come from the same bundles as every other message (Chinese by default). */
public final class I18n {
    private I18n() {
    }

    public static String text(String key, Object... args) {
        return Messages.get(key, args);
    }

    public static ResourceBundle bundle() {
        return Messages.bundle();
    }
}
