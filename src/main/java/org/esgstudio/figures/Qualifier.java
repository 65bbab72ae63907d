package org.esgstudio.figures;

/**
 * How a printed figure relates to the true value (numbers.md §4): 近/接近 NEAR (0.9·X ≤ v ≤ X), 超/超过/逾/突破/X+
 * OVER (v > X), 达/达到 REACH (v ≥ X), X余/X多 PLUS (X ≤ v < the next unit of X's last place), 约/左右 APPROX (±5 %
 * or equal at the printed precision), 不足/不到/低于 UNDER (v < X), or NONE (equal at the printed precision).
 */
public enum Qualifier {
    NONE, NEAR, OVER, REACH, PLUS, APPROX, UNDER
}
