package org.esgstudio.data;

/** A value is reported as a number, or marked not applicable (-, —, /, 不适用). */
public enum ValueStatus {
    REPORTED, NOT_APPLICABLE
}
