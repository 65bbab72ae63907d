package org.esgstudio.store;

/** Who is making changes: the user-name setting ({@code ESGSTUDIO_USER}), defaulting to the operating-system user. */
public final class Authors {
    private Authors() {
    }

    public static String current() {
        String configured = System.getProperty("esgstudio.user", System.getenv("ESGSTUDIO_USER"));
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String os = System.getProperty("user.name");
        return os == null || os.isBlank() ? "unknown" : os;
    }
}
