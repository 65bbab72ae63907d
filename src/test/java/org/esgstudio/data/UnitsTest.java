package org.esgstudio.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    private static Unit unit(String dimension, String factor) {
        return new Unit(dimension, new BigDecimal(factor));
    }

    private static Set<String> unitColumn(String sample) throws IOException {
        List<CsvText.Record> records = CsvText.parse(
                Files.readString(Path.of("sample-reports", sample, "data.csv"), StandardCharsets.UTF_8));
        int column = records.get(0).fields().indexOf("单位");
        assertThat(column).as("单位 column of %s", sample).isNotNegative();
        Set<String> units = new TreeSet<>();
        for (CsvText.Record record : records.subList(1, records.size())) {
            if (!record.isBlank()) {
                units.add(record.field(column));
            }
        }
        return units;
    }

    @ParameterizedTest(name = "every 单位 of sample-reports/{0}/data.csv is a known unit")
    @ValueSource(strings = {"qinghe-2024", "hengchuan-2024"})
    void everyUnitOfTheSampleDataStoresIsKnown(String sample) throws IOException {
        Set<String> units = unitColumn(sample);

        assertThat(units).hasSizeGreaterThan(10);
        assertThat(units).allSatisfy(text -> assertThat(Units.parse(text)).as("unit “%s”", text).isPresent());
    }

    @ParameterizedTest(name = "{0}: “{1}” is {2} × {3}")
    @CsvSource(delimiter = '|', textBlock = """
            10,775小时            | 小时       | h                   | 1
            337,281次            | 次         | count[次]           | 1
            214,348.00 (吨列)     | 吨         | t                   | 1
            8,181,555 用电量（度）  | 度         | kWh                 | 1
            11,806.9 用水量（立方米）| 立方米      | m3                  | 1
            3,633 场             | ' 场'      | count[场]           | 1
            311,248人次           | 人次       | count[人次]          | 1
            1,760余名            | 名         | count[人]           | 1
            7,337.7亿元          | 亿元       | CNY                 | 1E+8
            5100 多万名           | 万名       | count[人]           | 1E+4
            56.92亿元            | 亿元       | CNY                 | 1E+8
            72.2亿元人民币         | 亿元人民币   | CNY                 | 1E+8
            2.52亿               | 亿         | count               | 1E+8
            4.25亿订单            | 亿订单      | count[订单]          | 1E+8
            约8.57亿件            | 亿件       | count[件]           | 1E+8
            41.7万名             | 万名       | count[人]           | 1E+4
            30.6万               | 万         | count               | 1E+4
            近3千万元             | 千万元      | CNY                 | 1E+7
            45.40 (万度)          | 万度       | kWh                 | 1E+4
            22.0 (万元)           | 万元       | CNY                 | 1E+4
            9.1 (万人)            | 万人       | count[人]           | 1E+4
            40.37 亿元           | ' 亿元'     | CNY                 | 1E+8
            14.3万通             | 万通       | count[通]           | 1E+4
            365.28万户 / 次       | 万户 / 次   | count[户次]          | 1E+4
            915.17 万头 / 只      | 万头 / 只   | count[头或只]         | 1E+4
            9,860.92 万亩        | 万亩       | mu                  | 1E+4
            0.08 万件            | 万件       | count[件]           | 1E+4
            约 3.28 亿消费者       | 亿消费者     | count[消费者]         | 1E+8
            超万亿元              | 万亿元      | CNY                 | 1E+12
            近亿条数据             | 亿条       | count[条]           | 1E+8
            28 亿 kWh            | 亿 kWh     | kWh                 | 1E+8
            220 万吨             | 万吨       | t                   | 1E+4
            2.76 万平方米          | 万平方米     | m2                  | 1E+4
            0.09 件 / 亿元        | 件 / 亿元   | count[件]/CNY       | 1E-8
            0.23 件 / 万张        | 件 / 万张   | count[件]/count[张]  | 1E-4
            万人次投诉量            | 件/万人次    | count[件]/count[人次] | 1E-4
            14.3%               | %         | %                   | 1
            较2022年增加11.1%       | %         | %                   | 1
            降低5个百分点            | 个百分点     | pp                  | 1
            72.32 （%）           | （%）       | %                   | 1
            近2,300台            | 台         | count[台]           | 1
            近300名              | 名         | count[人]           | 1
            近500万元             | 万元       | CNY                 | 1E+4
            近 80,000 人次        | 人次       | count[人次]          | 1
            近 3 GW             | GW        | kW                  | 1E+6
            近十万户               | 万户       | count[户]           | 1E+4
            逾 3 万人次           | 万人次      | count[人次]          | 1E+4
            逾 200 家            | 家         | count[家]           | 1
            超 500MW            | MW        | kW                  | 1E+3
            600余吨              | 吨         | t                   | 1
            30余次               | 次         | count[次]           | 1
            200余人              | 人         | count[人]           | 1
            140 余位             | 位         | count[人]           | 1
            220余项              | 项         | count[项]           | 1
            200 余作品            | 作品       | count[作品]          | 1
            23万余人              | 万人       | count[人]           | 1E+4
            50+家               | 家         | count[家]           | 1
            30+ 版本            | 版本       | count[版本]          | 1
            约 2,860 平米         | 平米       | m2                  | 1
            约 2,000 架次         | 架次       | count[架次]          | 1
            """)
    void readsTheUnitsOfTheNumberCatalogue(String example, String text, String dimension, String factor) {
        assertThat(Units.parse(text)).as(example).contains(unit(dimension, factor));
    }

    @ParameterizedTest(name = "“{0}” is {1} × {2}")
    @CsvSource(delimiter = '|', textBlock = """
            度          | kWh    | 1
            千瓦时       | kWh    | 1
            kWh        | kWh    | 1
            吨标煤       | tce    | 1
            吨标准煤      | tce    | 1
            tce        | tce    | 1
            吨二氧化碳当量  | tCO2e  | 1
            tCO2e      | tCO2e  | 1
            tCO₂e      | tCO2e  | 1
            吨CO2e      | tCO2e  | 1
            元          | CNY    | 1
            人民币元      | CNY    | 1
            元人民币      | CNY    | 1
            人民币       | CNY    | 1
            个百分点      | pp     | 1
            百分点       | pp     | 1
            %          | %      | 1
            ％          | %      | 1
            百分比       | %      | 1
            小时         | h      | 1
            h          | h      | 1
            平方米       | m2     | 1
            平米         | m2     | 1
            m²         | m2     | 1
            m2         | m2     | 1
            立方米       | m3     | 1
            m³         | m3     | 1
            m3         | m3     | 1
            吨          | t      | 1
            千克         | t      | 0.001
            公斤         | t      | 0.001
            kg         | t      | 0.001
            兆瓦时       | kWh    | 1000
            MWh        | kWh    | 1000
            千瓦         | kW     | 1
            kW         | kW     | 1
            兆瓦         | kW     | 1000
            MW         | kW     | 1000
            GW         | kW     | 1000000
            吉焦         | GJ     | 1
            GJ         | GJ     | 1
            亩          | mu     | 1
            升          | m3     | 0.001
            分钟         | min    | 1
            """)
    void readsEveryAliasAsItsCanonicalUnit(String text, String dimension, String factor) {
        assertThat(Units.parse(text)).contains(unit(dimension, factor));
    }

    @ParameterizedTest(name = "“{0}” is {1} × {2}")
    @CsvSource(delimiter = '|', textBlock = """
            万        | count      | 1E+4
            亿        | count      | 1E+8
            千        | count      | 1E+3
            百万       | count      | 1E+6
            千万       | count      | 1E+7
            万亿       | count      | 1E+12
            万元       | CNY        | 1E+4
            亿元       | CNY        | 1E+8
            千万元      | CNY        | 1E+7
            万亿元      | CNY        | 1E+12
            人民币亿元    | CNY        | 1E+8
            万吨       | t          | 1E+4
            百万吨      | t          | 1E+6
            万千瓦时     | kWh        | 1E+4
            万度       | kWh        | 1E+4
            万千瓦      | kW         | 1E+4
            万人       | count[人]   | 1E+4
            万人次      | count[人次]  | 1E+4
            万户       | count[户]   | 1E+4
            万户次      | count[户次]  | 1E+4
            万亩       | mu         | 1E+4
            万平方米     | m2         | 1E+4
            万立方米     | m3         | 1E+4
            万小时      | h          | 1E+4
            万吨标煤     | tce        | 1E+4
            万吨二氧化碳当量 | tCO2e      | 1E+4
            亿kWh     | kWh        | 1E+8
            万kW      | kW         | 1E+4
            百万千焦     | GJ         | 1
            万美元      | USD        | 1E+4
            """)
    void scaleWordsMultiplyTheUnitThatFollowsOrStandAloneAsACount(String text, String dimension, String factor) {
        assertThat(Units.parse(text)).contains(unit(dimension, factor));
    }

    @ParameterizedTest(name = "“{0}” is {1} × {2}")
    @CsvSource(delimiter = '|', textBlock = """
            吨/人         | t/person           | 1
            千克/人        | t/person           | 0.001
            吨二氧化碳当量/人  | tCO2e/person       | 1
            吨二氧化碳当量/万元 | tCO2e/CNY          | 1E-4
            小时/人        | h/person           | 1
            元/人         | CNY/person         | 1
            万元/人        | CNY/person         | 1E+4
            千瓦时/人       | kWh/person         | 1
            吨标煤/人       | tce/person         | 1
            吨标煤/万元      | tce/CNY            | 1E-4
            吨/万元        | t/CNY              | 1E-4
            立方米/人       | m3/person          | 1
            次/人         | count[次]/person    | 1
            件/亿元        | count[件]/CNY       | 1E-8
            件/万张        | count[件]/count[张]  | 1E-4
            人/次         | count[人次]          | 1
            户/次         | count[户次]          | 1
            头/只         | count[头或只]         | 1
            """)
    void readsPerUnitRatiosAndTheSlashThatJoinsMeasureWords(String text, String dimension, String factor) {
        assertThat(Units.parse(text)).contains(unit(dimension, factor));
    }

    @ParameterizedTest(name = "“{0}” is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            人    | count[人]
            名    | count[人]
            位    | count[人]
            人次   | count[人次]
            户    | count[户]
            户次   | count[户次]
            家    | count[家]
            个    | count[个]
            项    | count[项]
            件    | count[件]
            次    | count[次]
            场    | count[场]
            场次   | count[场]
            篇    | count[篇]
            条    | count[条]
            门    | count[门]
            天    | count[天]
            年    | count[年]
            周年   | count[年]
            个月   | count[月]
            台    | count[台]
            辆    | count[辆]
            套    | count[套]
            份    | count[份]
            张    | count[张]
            单    | count[单]
            笔    | count[笔]
            册    | count[册]
            架次   | count[架次]
            头    | count[头]
            只    | count[只]
            通    | count[通]
            订单   | count[订单]
            期    | count[期]
            部    | count[部]
            款    | count[款]
            间    | count[间]
            例    | count[例]
            类    | count[类]
            """)
    void measureWordsAreCountsOfTheirOwn(String text, String dimension) {
        assertThat(Units.parse(text)).contains(Unit.base(dimension));
    }

    @ParameterizedTest(name = "“{0}” reads as “{1}”")
    @CsvSource(delimiter = '|', textBlock = """
            亿 元         | 亿元
            万 千瓦时       | 万千瓦时
            ' 吨 '       | 吨
            万　吨         | 万吨
            吨 / 人       | 吨/人
            吨／人         | 吨/人
            ＫＷＨ         | kWh
            KWH          | kWh
            kW·h         | kWh
            人·次         | 人次
            ⼩时          | 小时
            ⼈           | 人
            吨⼆氧化碳当量/⼈ | 吨二氧化碳当量/人
            万(家)        | 万家
            （吨）         | 吨
            ㎡           | 平方米
            tCO₂e/人     | 吨二氧化碳当量/人
            """)
    void toleratesWhitespaceFullWidthFormsAndRadicals(String text, String plain) {
        assertThat(Units.parse(text)).isPresent().isEqualTo(Units.parse(plain));
    }

    @ParameterizedTest(name = "“{0}” is not a unit")
    @NullAndEmptySource
    @ValueSource(strings = {"furlong", "亿万", "万万", "   ", "十万", "吨/人/年", "/人", "吨/", "亿元亿", "元元", "abc",
        "人民币吨", "万kg吨", "十"})
    void unknownTextIsNotAUnit(String text) {
        assertThat(Units.parse(text)).isEmpty();
        assertThat(Units.isKnown(text)).isFalse();
    }

    @ParameterizedTest(name = "“{0}” is a known unit")
    @ValueSource(strings = {"万元", "吨/人", "个百分点", "人次", "万头/只", "亿kWh", "万(家)"})
    void knownTextIsAUnit(String text) {
        assertThat(Units.isKnown(text)).isTrue();
    }

    @ParameterizedTest(name = "“{0}” and “{1}” compatible: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            人        | 名        | true
            人        | 位        | true
            人        | 万人       | true
            人次       | 万人次      | true
            场        | 场次       | true
            万元       | 亿元       | true
            千克/人     | 吨/人      | true
            吨二氧化碳    | 吨二氧化碳当量  | true
            度        | 兆瓦时      | true
            人        | 人次       | false
            吨/人      | 吨        | false
            %        | 个百分点     | false
            家        | 户        | false
            户        | 户次       | false
            个        | 项        | false
            万        | 人        | false
            吨        | 立方米      | false
            千瓦时      | 吉焦       | false
            千瓦       | 千瓦时      | false
            亩        | 平方米      | false
            小时       | 分钟       | false
            天        | 小时       | false
            吨标煤/万元   | 吨标煤/人    | false
            元        | 美元       | false
            吨标煤      | 吨二氧化碳当量  | false
            """)
    void unitsAreCompatibleOnlyWithinADimension(String a, String b, boolean compatible) {
        Unit first = Units.parse(a).orElseThrow();
        Unit second = Units.parse(b).orElseThrow();

        assertThat(first.compatible(second)).isEqualTo(compatible);
        assertThat(second.compatible(first)).isEqualTo(compatible);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyUnitThatUnitNamesTranslatesIsKnown() throws ReflectiveOperationException {
        Field english = UnitNames.class.getDeclaredField("ENGLISH");
        english.setAccessible(true);
        Set<String> named = ((Map<String, String>) english.get(null)).keySet();

        assertThat(named).hasSizeGreaterThan(50);
        assertThat(named).allSatisfy(text -> assertThat(Units.isKnown(text)).as("unit “%s”", text).isTrue());
    }
}
