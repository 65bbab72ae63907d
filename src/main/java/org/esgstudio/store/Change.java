package org.esgstudio.store;

/** One entity's change inside a revision, with its JSON before and after (null for an insert or a delete). */
public record Change(String entity, String entityId, String op, String before, String after) {
}
