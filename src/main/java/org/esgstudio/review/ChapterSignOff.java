package org.esgstudio.review;

/**
 * The review dashboard's line for one chapter (or front/back part): its figures, how many agree with the store
 * ({@code verified}, approved ones included), how many are approved, in error, awaiting approval (agree, not
 * approved) and could not be checked against the store.
 */
public record ChapterSignOff(String id, String title, int figures, int verified, int approved, int inError,
                             int awaitingApproval, int unverified) {
}
