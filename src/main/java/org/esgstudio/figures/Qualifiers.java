package org.esgstudio.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The words that qualify a figure (numbers.md §4): 近 接近 NEAR, 超 超过 逾 突破 OVER, 达 达到 REACH, 约 左右 APPROX, 不足
 * 不到 低于 UNDER, 不超过 AT_MOST, 余 多 + PLUS; and how two of them combine (约 40 余人 and 近 600 余项 are APPROX).
 */
final class Qualifiers {
    /** A qualifier written before a number, and where it starts. */
    record Prefix(Qualifier qualifier, int start) {
    }

    private static final List<Map.Entry<String, Qualifier>> BEFORE = Map.<String, Qualifier>ofEntries(
                    Map.entry("接近", Qualifier.NEAR), Map.entry("将近", Qualifier.NEAR), Map.entry("近", Qualifier.NEAR),
                    Map.entry("超过", Qualifier.OVER), Map.entry("超出", Qualifier.OVER), Map.entry("超", Qualifier.OVER),
                    Map.entry("逾", Qualifier.OVER), Map.entry("突破", Qualifier.OVER), Map.entry("高于", Qualifier.OVER),
                    Map.entry("多于", Qualifier.OVER), Map.entry("大于", Qualifier.OVER),
                    Map.entry("达到", Qualifier.REACH), Map.entry("达", Qualifier.REACH), Map.entry("高达", Qualifier.REACH),
                    Map.entry("多达", Qualifier.REACH), Map.entry("长达", Qualifier.REACH),
                    Map.entry("不低于", Qualifier.REACH), Map.entry("不少于", Qualifier.REACH),
                    Map.entry("至少", Qualifier.REACH),
                    Map.entry("约为", Qualifier.APPROX), Map.entry("约", Qualifier.APPROX),
                    Map.entry("大约", Qualifier.APPROX),
                    Map.entry("大概", Qualifier.APPROX), Map.entry("约合", Qualifier.APPROX),
                    Map.entry("不足", Qualifier.UNDER), Map.entry("不到", Qualifier.UNDER),
                    Map.entry("低于", Qualifier.UNDER),
                    Map.entry("少于", Qualifier.UNDER), Map.entry("小于", Qualifier.UNDER),
                    Map.entry("不满", Qualifier.UNDER),
                    Map.entry("未满", Qualifier.UNDER),
                    Map.entry("不超过", Qualifier.AT_MOST), Map.entry("不高于", Qualifier.AT_MOST),
                    Map.entry("不多于", Qualifier.AT_MOST), Map.entry("至多", Qualifier.AT_MOST),
                    Map.entry("最多", Qualifier.AT_MOST))
            .entrySet().stream()
            .sorted(Comparator.comparing((Map.Entry<String, Qualifier> e) -> e.getKey().length()).reversed())
            .toList();

    /** Single-character qualifiers that are the tail of another word: 节约, 签约, 最近, 附近, 表达, 下达. */
    private static final Map<String, String> NOT_AFTER = Map.of(
            "约", "节签制预公契条履邀特相婚合守违解集缔践毁口",
            "近", "最附邻靠亲贴就临",
            "达", "表传通下抵送发直转雷腾豁畅到",
            "超", "赶");

    /** The last characters of all qualifier words: most numbers follow none of them. */
    private static final String LAST_CHARS = BEFORE.stream().map(e -> e.getKey().substring(e.getKey().length() - 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    private Qualifiers() {
    }

    /** The qualifier written just before {@code numberStart} (a 了 may follow it: 超过了 5,000 人). */
    static Prefix before(String s, int numberStart) {
        int end = numberStart;
        if (Chars.charAt(s, end - 1) == '了') {
            end--;
        }
        if (LAST_CHARS.indexOf(Chars.charAt(s, end - 1)) < 0) {
            return new Prefix(Qualifier.NONE, numberStart);
        }
        for (Map.Entry<String, Qualifier> e : BEFORE) {
            String word = e.getKey();
            if (Chars.endsAt(s, end, word)) {
                int start = end - word.length();
                String excluded = NOT_AFTER.get(word);
                if (excluded != null && excluded.indexOf(Chars.charAt(s, start - 1)) >= 0) {
                    continue;
                }
                return new Prefix(e.getValue(), start);
            }
        }
        return new Prefix(Qualifier.NONE, numberStart);
    }

    /** Two qualifiers on one figure: the same one stays, different ones (约…余, 近…余) make it approximate. */
    static Qualifier combine(Qualifier a, Qualifier b) {
        if (a == Qualifier.NONE) {
            return b;
        }
        if (b == Qualifier.NONE || a == b) {
            return a;
        }
        return Qualifier.APPROX;
    }
}
