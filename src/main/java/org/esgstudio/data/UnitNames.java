package org.esgstudio.data;

import java.util.Map;

/** English names of the units Chinese reports print, for the English edition (unknown units are kept as written). */
public final class UnitNames {
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("人", "persons"), Map.entry("人次", "person-times"), Map.entry("名", "persons"),
            Map.entry("位", "persons"), Map.entry("万人", "10k persons"), Map.entry("万人次", "10k person-times"),
            Map.entry("户", "households"), Map.entry("万户", "10k households"), Map.entry("家", "entities"),
            Map.entry("个", "units"), Map.entry("项", "items"), Map.entry("件", "cases"), Map.entry("次", "times"),
            Map.entry("场", "sessions"), Map.entry("场次", "sessions"), Map.entry("篇", "articles"),
            Map.entry("条", "items"), Map.entry("门", "courses"), Map.entry("天", "days"), Map.entry("年", "years"),
            Map.entry("小时", "hours"), Map.entry("小时/人", "hours/person"), Map.entry("万小时", "10k hours"),
            Map.entry("元", "RMB"), Map.entry("万元", "RMB 10k"), Map.entry("亿元", "RMB 100 mn"),
            Map.entry("万亿元", "RMB tn"), Map.entry("元/人", "RMB/person"), Map.entry("万元/人", "RMB 10k/person"),
            Map.entry("吨", "t"), Map.entry("千克", "kg"), Map.entry("万吨", "10k t"), Map.entry("吨/人", "t/person"),
            Map.entry("千克/人", "kg/person"), Map.entry("吨/万元", "t/RMB 10k"), Map.entry("吨标煤", "tce"),
            Map.entry("万吨标煤", "10k tce"), Map.entry("吨标煤/人", "tce/person"), Map.entry("吨标煤/万元", "tce/RMB 10k"),
            Map.entry("千瓦时", "kWh"), Map.entry("万千瓦时", "10 MWh"), Map.entry("千瓦时/人", "kWh/person"),
            Map.entry("兆瓦时", "MWh"), Map.entry("吉焦", "GJ"), Map.entry("立方米", "m³"), Map.entry("万立方米", "10k m³"),
            Map.entry("立方米/人", "m³/person"), Map.entry("吨二氧化碳当量", "tCO₂e"),
            Map.entry("万吨二氧化碳当量", "10k tCO₂e"), Map.entry("吨二氧化碳当量/人", "tCO₂e/person"),
            Map.entry("吨二氧化碳当量/万元", "tCO₂e/RMB 10k"), Map.entry("个百分点", "pp"), Map.entry("平方米", "m²"),
            Map.entry("万平方米", "10k m²"), Map.entry("亩", "mu"), Map.entry("万亩", "10k mu"), Map.entry("辆", "vehicles"),
            Map.entry("台", "units"), Map.entry("套", "sets"), Map.entry("份", "copies"), Map.entry("张", "sheets"),
            Map.entry("单", "orders"), Map.entry("笔", "transactions"), Map.entry("册", "volumes"),
            Map.entry("次/人", "times/person"), Map.entry("分", "points"), Map.entry("倍", "times"),
            Map.entry("千瓦", "kW"), Map.entry("兆瓦", "MW"));

    private UnitNames() {
    }

    public static String english(String unit) {
        return ENGLISH.getOrDefault(unit, unit);
    }
}
