package org.esgstudio.figures;

/**
 * How a printed figure relates to the true value (numbers.md §4): 近/接近 NEAR (0.9·X ≤ v ≤ X), 超/超过/逾/突破 OVER
 * (v > X), 达/达到 REACH (v ≥ X; also the threshold "X以上"/"X及以上"), X余/X多/X+ PLUS (X ≤ v < the next unit of
 * X's last place), 约/左右 APPROX (±5 % or equal at the printed precision), 不足/不到/低于 UNDER (v < X), 不超过 and the
 * threshold "X以下"/"X及以下"/"X以内" AT_MOST (v ≤ X), or NONE (equal at the printed precision).
 */
public enum Qualifier {
    NONE, NEAR, OVER, REACH, PLUS, APPROX, UNDER, AT_MOST
}
