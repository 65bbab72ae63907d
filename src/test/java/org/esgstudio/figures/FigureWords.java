package org.esgstudio.figures;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fuzzer's dictionary for report text: the words around figures (scales, units, qualifiers, changes, dates) and
 * the inline markup, so that mutations reach the readers' rules rather than stopping at random bytes.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@DictionaryEntries({"万", "亿", "万亿", "千", "百", "十", "两", "零", "〇", "亿元", "万元", "元", "%", "％", "个百分点",
        "吨", "万吨", "千瓦时", "万千瓦时", "立方米", "人", "人次", "小时", "天", "年", "月", "日", "约", "近", "超", "逾",
        "以上", "不足", "至", "～", "—", "-", "同比", "较上年", "较2022年", "增长", "下降", "减少", "提高", "分别",
        "和", "、", "，", "。", "（", "）", "《", "》", "第", "号", "GB/T", "ISO", "0.", ".5", "1,234", "１２３", "２０２４",
        "2024年", "12月31日", "tCO2e", "**", "[^", "]", "{{", "}}", "@2024", "E.WATER.TOTAL", "S.EMP.TOTAL",
        "\u3000", "\uFEFF", "\u200B"})
@interface FigureWords {
}
