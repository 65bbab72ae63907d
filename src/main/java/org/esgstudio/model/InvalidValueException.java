package org.esgstudio.model;

/**
 * A value a model record refuses (a year that is not a year, a width out of range …). Its message is English, for
 * logs and tests; {@link #key()} and {@link #args()} let the presenting layer tell the user in their language. Message
 * texts take the place (a JSON path, a form field) as argument {0}, then {@link #args()} from {1} on.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public InvalidValueException(String message, String key, Object... args) {
        super(message);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
