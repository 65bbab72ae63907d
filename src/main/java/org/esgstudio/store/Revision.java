package org.esgstudio.store;

import java.time.Instant;

/** One saved change of the project: who, when, what (in words), and how many entities it touched. */
public record Revision(long id, Instant at, String author, String summary, int changes) {
}
