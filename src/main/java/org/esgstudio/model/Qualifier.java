package org.esgstudio.model;

/** How a printed figure relates to the exact value: 超/突破 (over), 近 (near), 约 (approx), 余/多/+ (plus). */
public enum Qualifier {
    NONE, OVER, NEAR, APPROX, PLUS
}
