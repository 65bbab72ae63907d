package org.esgstudio.data;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the units Chinese ESG reports print after a number or in the 单位 column of a data store
 * ("亿元", "万千瓦时", "吨二氧化碳当量/人", "个百分点", "万户 / 次") into exact {@link Unit}s.
 *
 * <h2>What a unit text may be</h2>
 * <ul>
 *   <li><b>A unit or measure word</b> from the tables below, under any of its aliases.</li>
 *   <li><b>A scale word before it</b>: 千 10³, 万 10⁴, 百万 10⁶, 千万 10⁷, 亿 10⁸, 万亿 10¹² (万元, 亿元, 万亿元, 万吨,
 *       万千瓦时, 万人, 万人次, 亿 kWh). One scale word only: "亿万" is not a unit.</li>
 *   <li><b>A scale word alone</b> ("万", "亿", "万亿"): a pure count multiplier, dimension {@code count} with no measure
 *       word. The reader that knows the label (保费 → CNY, 客户 → a count of customers) supplies the dimension.</li>
 *   <li><b>A ratio</b> "A/B" of two such units (吨/人, 吨标煤/万元, 件/亿元, 件/万张, 万元/人). Its dimension is
 *       "dimA/dimB" with a count of people written {@code person} (吨/人 → {@code t/person}, 吨标煤/万元 →
 *       {@code tce/CNY} × 10⁻⁴, 件/亿元 → {@code count[件]/CNY} × 10⁻⁸) and its factor is factorA / factorB.
 *       Two "/" are not a unit.</li>
 * </ul>
 * Whitespace anywhere is ignored ("亿 元", "万 千瓦时"); full-width ASCII (％ ／ ｋＷｈ), Kangxi radicals (⼩时, ⼈),
 * sub- and superscript digits (tCO₂e, m², m³), ㎡ ㎥ ㎏ ㎾ ㎿ ㎞, middle dots (kW·h, 人·次) and brackets ("万(家)" = 万家,
 * "（吨）" = 吨) are tolerated. Latin letters are matched without regard to case (KWH = kWh).
 *
 * <h2>Dimensions and the decisions behind them</h2>
 * <ul>
 *   <li><b>Money</b> {@code CNY}: 元, 人民币, 人民币元, 元人民币, RMB, CNY, ¥ ("亿元人民币", "人民币万元" too). Other
 *       currencies (美元 {@code USD}, 港元/港币 {@code HKD}, 欧元 {@code EUR}) are dimensions of their own: no exchange
 *       rates here.</li>
 *   <li><b>Mass</b> {@code t}: 吨, t; 千克 = 公斤 = kg = 0.001 t; 克 = g; 斤 = 0.0005 t. <b>吨 is never aliased to
 *       m³</b>, although water volumes are often given in 吨 (污水处理量 万吨): it stays a mass, and a checker that
 *       compares a water figure in 吨 with one in 立方米 has to decide that itself.</li>
 *   <li><b>Energy</b> {@code kWh}: 千瓦时 = 度 = kWh, 瓦时, 兆瓦时 = MWh, 吉瓦时 = GWh, 太瓦时 = TWh (万度 = 10⁴ kWh).
 *       <b>Heat</b> {@code GJ}: 吉焦, 千焦, 兆焦, 太焦 (百万千焦 = 1 GJ). kWh and GJ are kept apart (as reports keep
 *       electricity and heat apart) although 1 kWh = 0.0036 GJ exactly. <b>Standard coal</b> {@code tce}: 吨标煤 =
 *       吨标准煤 = tce; 千克标准煤 = kgce. Conversion to tce depends on coefficients, so it is its own dimension.</li>
 *   <li><b>Power</b> {@code kW}: 瓦 W, 千瓦 kW, 兆瓦 MW, 吉瓦 GW (and the peak forms kWp, MWp, GWp); 万千瓦 = 10⁴ kW.</li>
 *   <li><b>Emissions</b> {@code tCO2e}: 吨二氧化碳当量 = tCO2e = tCO₂e = 吨CO2e; 千克二氧化碳当量 = kgCO2e. 吨二氧化碳 and
 *       tCO2 are read as tCO2e: reports use them loosely for the same greenhouse-gas totals.</li>
 *   <li><b>Volume</b> {@code m3}: 立方米 = m³ = m3 = 方; 升 = L = 0.001 m³. <b>Area</b> {@code m2}: 平方米 = 平米 = m² = m2;
 *       公顷 = ha = 10⁴ m²; 平方公里 = km² = 10⁶ m². 亩 is its own dimension {@code mu}: 1 亩 = 2000/3 m² has no exact
 *       decimal. <b>Length</b> {@code km}: 公里 = 千米 = km; 米 = 0.001 km.</li>
 *   <li><b>Time</b> {@code h}: 小时 = 个小时 = h. 分钟 is its own dimension {@code min} (1/60 h has no exact decimal).
 *       天, 年 (= 周年) and 个月 are counts ({@code count[天]}, {@code count[年]}, {@code count[月]}), not durations
 *       in hours: a report's 天 is usually a working day (因工伤损失工作日) and its 年 a tenure or a streak.</li>
 *   <li><b>Shares</b> {@code %}: % = ％ = 百分比; ‰ = 0.1 %. <b>Percentage points</b> {@code pp}: 个百分点 = 百分点 = pp,
 *       <b>not</b> compatible with %. 倍 is {@code multiple}; a score 分 is {@code score}.</li>
 *   <li><b>Counts</b> {@code count[measure word]}: the measure word is part of the dimension, so 件 and 项 do not mix.
 *       The groups: <b>人 = 名 = 位</b> (= person, persons, people), all {@code count[人]}; <b>人次 is its own</b>
 *       (person-times, and "人/次" is read as 人次); <b>场 = 场次</b> ({@code count[场]}; both are sessions); 年 = 周年.
 *       <b>家 and 户 stay apart</b>: 家 counts organisations (suppliers, branches), 户 households and accounts
 *       (农户, 商户); merging them would let a supplier count match a household count. 户次 is its own, and
 *       "户/次" is read as 户次 (likewise any "X/次" whose "X次" is a known measure word). "头/只" (livestock of two
 *       kinds) is the single dimension {@code count[头或只]}. 个 is the generic measure word and stays its own. The
 *       measure words: 个 项 件 件次 次 场 场次 篇 条 门 天 年 周年 个月 台 台次 辆 车次 套 份 张 单 笔 册 本 架 架次 头 只
 *       通 户 户次 家 期 部 款 间 例 类 座 所 处 棵 株 批 届 轮 节 堂 枚 支 组 队 地 城 步 大 (as in "4大旅程"); and the
 *       nouns reports count with directly: 订单 客户 消费者 商家 企业 作品 版本.</li>
 * </ul>
 * Anything else (furlong, 亿万, a blank text) is not a unit; whether a blank 单位 cell is allowed is the caller's call.
 */
public final class Units {
    private static final String PEOPLE = "count[人]";
    private static final String CNY = "CNY";

    /** Scale words, longest first so that 万亿 wins over 万 and 千万 over 千. */
    private static final List<Map.Entry<String, BigDecimal>> SCALES = List.of(
            Map.entry("万亿", BigDecimal.TEN.pow(12)), Map.entry("百万", BigDecimal.TEN.pow(6)),
            Map.entry("千万", BigDecimal.TEN.pow(7)), Map.entry("万", BigDecimal.TEN.pow(4)),
            Map.entry("亿", BigDecimal.TEN.pow(8)), Map.entry("千", BigDecimal.TEN.pow(3)));

    /** Every alias, normalised, to its unit. */
    private static final Map<String, Unit> ALIASES = new HashMap<>();

    static {
        alias("CNY", "1", "元", "人民币", "人民币元", "元人民币", "CNY", "RMB", "¥", "￥");
        alias("USD", "1", "美元", "USD", "US$");
        alias("HKD", "1", "港元", "港币", "HKD", "HK$");
        alias("EUR", "1", "欧元", "EUR", "€");

        alias("t", "1", "吨", "公吨", "t", "tonne", "tonnes");
        alias("t", "0.001", "千克", "公斤", "kg");
        alias("t", "0.000001", "克", "g");
        alias("t", "0.0005", "斤");

        alias("kWh", "1", "千瓦时", "千瓦小时", "度", "kWh");
        alias("kWh", "0.001", "瓦时", "Wh");
        alias("kWh", "1000", "兆瓦时", "MWh");
        alias("kWh", "1000000", "吉瓦时", "GWh");
        alias("kWh", "1000000000", "太瓦时", "TWh");

        alias("GJ", "1", "吉焦", "GJ");
        alias("GJ", "0.000001", "千焦", "kJ");
        alias("GJ", "0.001", "兆焦", "MJ");
        alias("GJ", "1000", "太焦", "TJ");

        alias("tce", "1", "吨标煤", "吨标准煤", "tce");
        alias("tce", "0.001", "千克标煤", "千克标准煤", "公斤标煤", "公斤标准煤", "kgce");

        alias("kW", "0.001", "瓦", "W");
        alias("kW", "1", "千瓦", "kW", "kWp");
        alias("kW", "1000", "兆瓦", "MW", "MWp");
        alias("kW", "1000000", "吉瓦", "GW", "GWp");

        alias("tCO2e", "1", "吨二氧化碳当量", "tCO2e", "tCO₂e", "tCO2eq", "tCO2-eq", "吨CO2e", "吨CO₂e", "吨CO2当量",
                "吨二氧化碳", "tCO2", "吨CO2");
        alias("tCO2e", "0.001", "千克二氧化碳当量", "公斤二氧化碳当量", "kgCO2e", "kgCO₂e", "千克CO2e", "千克二氧化碳",
                "kgCO2");

        alias("m3", "1", "立方米", "m³", "m3", "方");
        alias("m3", "0.001", "升", "公升", "L");
        alias("m2", "1", "平方米", "平米", "m²", "m2");
        alias("m2", "10000", "公顷", "ha", "hm²");
        alias("m2", "1000000", "平方公里", "平方千米", "km²");
        alias("mu", "1", "亩");
        alias("km", "1", "公里", "千米", "km");
        alias("km", "0.001", "米", "m");

        alias("h", "1", "小时", "个小时", "h", "hr", "hrs");
        alias("min", "1", "分钟", "min");

        alias("%", "1", "%", "百分比");
        alias("%", "0.1", "‰");
        alias("pp", "1", "个百分点", "百分点", "pp");
        alias("multiple", "1", "倍");
        alias("score", "1", "分");

        alias(PEOPLE, "1", "人", "名", "位", "person", "persons", "people");
        alias("count[场]", "1", "场", "场次");
        alias("count[年]", "1", "年", "周年");
        alias("count[月]", "1", "个月");
        for (String word : List.of("人次", "户", "户次", "家", "个", "项", "件", "件次", "次", "篇", "条", "门", "天", "台",
                "台次", "辆", "车次", "套", "份", "张", "单", "笔", "册", "本", "架", "架次", "头", "只", "通", "期", "部", "款",
                "间", "例", "类", "座", "所", "处", "棵", "株", "批", "届", "轮", "节", "堂", "枚", "支", "组", "队", "地",
                "城", "步", "大", "订单", "客户", "消费者", "商家", "企业", "作品", "版本")) {
            alias("count[" + word + "]", "1", word);
        }
    }

    private Units() {
    }

    private static void alias(String dimension, String factor, String... names) {
        Unit unit = new Unit(dimension, new BigDecimal(factor));
        for (String name : names) {
            Unit earlier = ALIASES.putIfAbsent(normalise(name), unit); // variants such as m³ and m3 coincide
            if (earlier != null && !earlier.equals(unit)) {
                throw new IllegalStateException("unit alias “" + name + "” means both " + earlier + " and " + unit);
            }
        }
    }

    /** Whether the text is a unit {@link #parse(String)} reads: what a 单位 cell of a data store must be. */
    public static boolean isKnown(String text) {
        return parse(text).isPresent();
    }

    /** The unit a text names, or empty when it names none (see the class comment for what is read). */
    public static Optional<Unit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = normalise(text);
        int slash = s.indexOf('/');
        if (slash < 0) {
            return single(s);
        }
        if (s.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        return ratio(s.substring(0, slash), s.substring(slash + 1));
    }

    private static Optional<Unit> ratio(String top, String bottom) {
        Optional<Unit> numerator = single(top);
        Optional<Unit> denominator = single(bottom);
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        Unit a = numerator.get();
        Unit b = denominator.get();
        if (b.equals(Unit.base("count[次]")) && a.dimension().startsWith("count[")) {
            Optional<Unit> times = single(top + "次"); // 人/次 = 人次, 万户/次 = 万户次
            if (times.isPresent()) {
                return times;
            }
        }
        if (isLivestock(a) && isLivestock(b) && !a.dimension().equals(b.dimension())
                && b.factor().compareTo(BigDecimal.ONE) == 0) {
            return Optional.of(new Unit("count[头或只]", a.factor())); // 万头/只: pigs and cattle, or sheep and poultry
        }
        return Optional.of(new Unit(part(a) + "/" + part(b), a.factor().divide(b.factor())));
    }

    private static boolean isLivestock(Unit unit) {
        return unit.dimension().equals("count[头]") || unit.dimension().equals("count[只]");
    }

    private static String part(Unit unit) {
        return unit.dimension().equals(PEOPLE) ? "person" : unit.dimension();
    }

    private static Optional<Unit> single(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> plain = unscaled(s);
        if (plain.isPresent()) {
            return plain;
        }
        for (Map.Entry<String, BigDecimal> scale : SCALES) {
            if (s.startsWith(scale.getKey())) {
                String rest = s.substring(scale.getKey().length());
                if (rest.isEmpty()) {
                    return Optional.of(new Unit("count", scale.getValue()));
                }
                Optional<Unit> unit = unscaled(rest);
                if (unit.isPresent()) {
                    return Optional.of(new Unit(unit.get().dimension(), unit.get().factor().multiply(scale.getValue())));
                }
            }
        }
        if (s.startsWith("人民币") && s.length() > 3) { // 人民币亿元, 人民币万元
            return single(s.substring(3)).filter(unit -> unit.dimension().equals(CNY));
        }
        return Optional.empty();
    }

    private static Optional<Unit> unscaled(String s) {
        return Optional.ofNullable(ALIASES.get(s));
    }

    /** Whitespace, brackets and middle dots dropped; full-width ASCII, radicals and sub/superscripts to plain forms. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2F00' && c <= '\u2FDF') { // Kangxi radicals: ⼈ → 人, ⼩ → 小
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') { // full-width ASCII
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            switch (c) {
                case '(', ')', '·', '⋅', '・', '•', '‧' -> {
                }
                case '²', '₂' -> out.append('2');
                case '³', '₃' -> out.append('3');
                case '㎡' -> out.append("m2");
                case '㎥' -> out.append("m3");
                case '㎏' -> out.append("kg");
                case '㎾' -> out.append("kw");
                case '㎿' -> out.append("mw");
                case '㎞' -> out.append("km");
                case '∕', '⁄' -> out.append('/');
                case '﹪' -> out.append('%');
                case '\uFFE5' -> out.append('¥');
                default -> out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return out.toString();
    }
}
