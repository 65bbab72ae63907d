package org.esgstudio.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The vocabulary of units, measure words and scale words that may follow a number (numbers.md §14). */
final class UnitWords {
    /** Scale words inside a number (7,337.7亿元, 3,000万, 近3千万元), longest first. */
    static final List<String> SCALES = List.of("万亿", "千亿", "百亿", "千万", "百万", "万", "亿");

    /** Units and measure words written in Chinese, longest first. */
    static final List<String> CJK = sorted(
            "吨二氧化碳当量", "吨二氧化碳", "吨标准煤", "吨标煤", "吨油当量", "千瓦时", "兆瓦时", "吉瓦时", "平方公里", "平方千米",
            "平方米", "立方米", "毫克", "微克", "毫升", "分贝", "千瓦", "兆瓦", "吉瓦", "吉焦", "千焦", "兆焦", "公斤", "千克",
            "公顷", "公里", "千米", "厘米",
            "毫米", "小时", "分钟", "个月", "周岁", "周年", "人次", "户次", "家次", "架次", "站次", "场次", "车次", "班次",
            "台次", "件次", "批次", "轮次", "课时", "学时", "平米", "人民币", "美元", "港元", "港币", "欧元", "日元", "英镑",
            "元", "度", "吨", "克", "升", "米", "亩", "秒", "天", "年", "周", "人", "名", "位", "户", "家", "个", "项", "次",
            "场", "期", "件", "笔", "条", "篇", "部", "款", "门", "台", "辆", "间", "头", "只", "通", "份", "例", "类", "所",
            "座", "栋", "套", "张", "本", "册", "节", "堂", "棵", "株", "颗", "批", "轮", "届", "组", "支", "片", "处", "单",
            "艘", "架", "根", "块", "枚", "种", "起", "宗", "层", "级", "星", "倍", "分", "岁", "站", "幅", "首", "则", "段",
            "匹", "羽", "尾", "餐", "箱", "袋", "瓶", "包", "床", "双", "封", "所", "℃", "°C");

    /** Units written in Latin letters, longest first; they must end at a word boundary. */
    static final List<String> LATIN = sorted("tCO2e", "kgce", "kWh", "MWh", "GWh", "TWh", "kVA", "MVA", "tce", "km2",
            "km²", "kW", "MW", "GW", "TW", "kg", "km", "m²", "m³", "m2", "m3", "GJ", "TJ", "MJ", "PJ", "GB", "TB", "PB",
            "MB", "t", "h", "ha");

    /** Measure words a Chinese numeral may count with (十分, 三通, 五湖 … are words, not counts). */
    static final Set<String> NOT_AFTER_CHINESE = Set.of("℃", "°C", "分", "度", "米", "克", "升", "元", "通", "双", "节", "单",
            "秒",
            "处", "首", "则", "段", "门", "部", "片", "起", "宗", "周", "本", "张", "块", "根", "床", "包");

    /** The character after a measure word that makes it part of a noun: 人员, 名单, 家庭, 台风, 部门 … */
    static final Map<String, String> NOT_BEFORE = Map.ofEntries(
            Map.entry("人", "民员才工士类身口力群格性权文事物心气道"), Map.entry("名", "单称录义额誉字牌片言次"),
            Map.entry("家", "庭属园居电用具乡族长务风"), Map.entry("户", "外籍口型"), Map.entry("次", "数日序要生级"),
            Map.entry("场", "景所地馆合面域"), Map.entry("期", "间限货刊望待"), Map.entry("部", "门分署件位委长"),
            Map.entry("条", "款件例约码形线理"), Map.entry("类", "别型似推"), Map.entry("台", "风账阶湾上下"),
            Map.entry("门", "店诊户槛类"), Map.entry("通", "过知道报讯信用行畅"), Map.entry("只", "有是要能会"),
            Map.entry("份", "额子"), Map.entry("笔", "记"), Map.entry("款", "项式"), Map.entry("间", "接隔断"),
            Map.entry("例", "如外行"), Map.entry("套", "餐"), Map.entry("张", "家"), Map.entry("本", "地年次科届身"),
            Map.entry("节", "能约点省日水电"), Map.entry("座", "谈"), Map.entry("届", "时"), Map.entry("位", "于置列居"),
            Map.entry("个", "性体案"), Map.entry("层", "面级次"), Map.entry("级", "别"), Map.entry("倍", "数"),
            Map.entry("岁", "月"), Map.entry("年", "度龄会报鉴金轻薪检级份代"), Map.entry("天", "然气地津空"),
            Map.entry("周", "边期末到"), Map.entry("米", "饭"), Map.entry("元", "素旦宵"), Map.entry("克", "服"),
            Map.entry("升", "级值"), Map.entry("所", "有以在属示述"), Map.entry("支", "持付出撑部"), Map.entry("片", "区面"),
            Map.entry("处", "理置室长于"), Map.entry("单", "位独元"), Map.entry("批", "准评复"), Map.entry("组", "织成建合"),
            Map.entry("种", "类子植"), Map.entry("起", "来草步点诉"), Map.entry("宗", "旨教"), Map.entry("首", "先次都席"),
            Map.entry("段", "落时"), Map.entry("分", "公行析别享类布配担支散期级险数值"), Map.entry("度", "假"),
            Map.entry("站", "点长"), Map.entry("星", "期"));

    private static final Map<Character, List<String>> CJK_BY_FIRST = byFirst(CJK);
    private static final Map<Character, List<String>> LATIN_BY_FIRST = byFirst(LATIN);

    /** Measure words that, before "/次", make one compound measure: 万户 / 次 is 万户次. */
    static final Set<String> PER_VISIT = Set.of("人", "户", "家", "架", "站", "场", "台", "件", "车", "班");

    private UnitWords() {
    }

    private static Map<Character, List<String>> byFirst(List<String> words) {
        Map<Character, List<String>> map = new HashMap<>();
        for (String word : words) {
            map.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
        }
        return map;
    }

    private static List<String> sorted(String... words) {
        return Arrays.stream(words).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The Chinese unit or measure word at {@code at}, or null. */
    static String cjkAt(String s, int at, boolean afterChinese) {
        for (String unit : CJK_BY_FIRST.getOrDefault(Chars.charAt(s, at), List.of())) {
            if (s.startsWith(unit, at)) {
                if (afterChinese && NOT_AFTER_CHINESE.contains(unit)) {
                    return null;
                }
                String excluded = NOT_BEFORE.get(unit);
                if (excluded != null && excluded.indexOf(Chars.charAt(s, at + unit.length())) >= 0) {
                    return null;
                }
                return unit;
            }
        }
        return null;
    }

    /** The Latin unit at {@code at} that ends at a word boundary, or null. */
    static String latinAt(String s, int at) {
        for (String unit : LATIN_BY_FIRST.getOrDefault(Chars.charAt(s, at), List.of())) {
            if (s.startsWith(unit, at) && !Chars.isAsciiAlnum(Chars.charAt(s, at + unit.length()))) {
                return unit;
            }
        }
        return null;
    }

    static String scaleAt(String s, int at) {
        for (String scale : SCALES) {
            if (s.startsWith(scale, at)) {
                return scale;
            }
        }
        return null;
    }
}
