package org.esgstudio.i18n;

import java.util.Locale;

/**
 * A problem the user must see and can act on (bad input, a file that cannot be written …), carried as a message key
 * and arguments so that the command line and the app can show it in the user's language.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String getMessage() {
        return Messages.get(key, args);
    }

    public String message(Locale locale) {
        return Messages.format(locale, key, args);
    }
}
