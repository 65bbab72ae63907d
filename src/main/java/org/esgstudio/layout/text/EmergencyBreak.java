package org.esgstudio.layout.text;

/**
 * An unbreakable item (a long URL, a 60-digit number) wider than the line it had to go on, broken after the last
 * character that fitted. {@code item} is the whole item, {@code context} about twenty characters around the break,
 * widths in points.
 */
public record EmergencyBreak(String item, String context, double itemWidth, double available) {
}
