package org.esgstudio.figures;

/** For a change statement (同比增长 12%, 下降 5 个百分点 …): which way; NONE for a level (提升至 86.67% is a level). */
public enum Direction {
    NONE, INCREASE, DECREASE
}
