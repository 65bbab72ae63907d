package org.esgstudio.figures;

/**
 * What follows a number: its unit text and the suffix words read with it.
 *
 * @param end       normalised offset after the last character read (unit, 左右, 以上 …)
 * @param unit      the unit text, scale word included ("亿元", "万户次", "件/亿元", "%", "个百分点"), "" for none
 * @param qualifier a qualifier written after the number: PLUS (余, 多, +) or APPROX (左右)
 * @param threshold REACH (以上, 及以上) or AT_MOST (以下, 及以下, 以内) when the number is a threshold, else null
 * @param latin     the unit is written in Latin letters (500MW, 28 亿 kWh)
 */
record UnitMatch(int end, String unit, Qualifier qualifier, Qualifier threshold, boolean latin) {

    boolean percent() {
        return unit.equals("%") || unit.equals("‰");
    }

    boolean points() {
        return unit.endsWith("百分点");
    }

    boolean isEmpty() {
        return unit.isEmpty();
    }
}
