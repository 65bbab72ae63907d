package org.esgstudio.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.esgstudio.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each check of the validator on small hand-made reports: what it must find, and what it must leave alone. */
class ValidatorChecksTest {

    @BeforeEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static CheckedReport reviews() {
        return new CheckedReport().indicator("S.CP.REVIEWS", "消保审查次数", "次", 0, "2023=880", "2024=917");
    }

    private static CheckedReport premium() {
        return new CheckedReport().indicator("EC.PREMIUM", "保费收入", "万元", 2, "2023=500000.00", "2024=569200.00");
    }

    @Nested
    class Mismatch {
        @Test
        void aFigureDifferentFromTheStoreIsAnErrorNamingTheStoreValue() {
            List<Finding> found = reviews().paragraph("全年开展消保审查971次。").findings(FindingKind.MISMATCH);

            assertThat(found).extracting(Finding::severity, Finding::indicator, Finding::year, Finding::text,
                    Finding::expected, Finding::blockId)
                    .containsExactly(tuple(Severity.ERROR, "S.CP.REVIEWS", 2024, "971次", "917次", "p1"));
            assertThat(found.get(0).message()).contains("971次", "消保审查次数", "917");
            assertThat(found.get(0).location()).contains("核对");
        }

        @Test
        void theSameFigureInAnotherScaleOfUnitAgrees() {
            CheckedReport report = premium().paragraph("全年实现保费收入56.92亿元。");

            assertThat(report.alarms()).isEmpty();
            assertThat(report.validate().summary().verified()).isEqualTo(1);
        }

        @Test
        void aFigureAgreesWhenTheStoreValueRoundsToItsPrintedPrecision() {
            assertThat(premium().paragraph("全年实现保费收入56.9亿元。").alarms()).isEmpty();
            assertThat(premium().paragraph("全年实现保费收入57亿元。").alarms()).isEmpty();
            assertThat(premium().paragraph("全年实现保费收入56.93亿元。").findings(FindingKind.MISMATCH)).hasSize(1);
        }

        @Test
        void aFigureAfterYouIsTheValueOfTheYearBefore() {
            CheckedReport right = premium().paragraph("保费收入由50.00亿元增长至56.92亿元。");
            CheckedReport wrong = premium().paragraph("保费收入由52.00亿元增长至56.92亿元。");

            assertThat(right.alarms()).isEmpty();
            assertThat(wrong.findings(FindingKind.MISMATCH)).extracting(Finding::year, Finding::text)
                    .containsExactly(tuple(2023, "52.00亿元"));
        }

        @Test
        void aYearNamedInTheSentenceIsTheYearChecked() {
            assertThat(premium().paragraph("2023年，公司保费收入50.00亿元。").alarms()).isEmpty();
            assertThat(premium().paragraph("2023年，公司保费收入56.92亿元。").findings(FindingKind.MISMATCH))
                    .extracting(Finding::year).containsExactly(2023);
        }

        @Test
        void aReferenceRendersFromTheStoreAndCannotDisagree() {
            CheckedReport report = reviews().paragraph("全年开展消保审查{{S.CP.REVIEWS}}次。");

            assertThat(report.alarms()).isEmpty();
            assertThat(report.validate().summary().verified()).isEqualTo(1);
        }

        @Test
        void aTargetIsNotCheckedAgainstThisYearsValue() {
            assertThat(premium().paragraph("公司力争2026年保费收入达到80亿元。").alarms()).isEmpty();
            assertThat(premium().paragraph("预计保费收入将达到70亿元。").alarms()).isEmpty();
        }

        @Test
        void aNameNarrowedByItsOwnerIsNotTheIndicator() {
            CheckedReport report = new CheckedReport()
                    .indicator("S.CLAIM.DAYS", "平均结案周期", "天", 1, "2023=10.2", "2024=8.6")
                    .paragraph("新能源车险案件的平均结案周期较上年缩短1.9天。")
                    .paragraph("农险案件的平均结案周期为5.1天。");

            assertThat(report.alarms()).isEmpty();
        }

        @Test
        void aNameOwnedByTheCompanyIsTheIndicator() {
            CheckedReport report = new CheckedReport()
                    .indicator("S.CLAIM.DAYS", "平均结案周期", "天", 1, "2023=10.2", "2024=8.6")
                    .paragraph("公司的平均结案周期为8.1天。");

            assertThat(report.findings(FindingKind.MISMATCH)).extracting(Finding::text).containsExactly("8.1天");
        }

        @Test
        void aNameWithoutItsCountingWordNamesTheIndicatorOnlyForThatCountingUnit() {
            CheckedReport report = new CheckedReport()
                    .indicator("S.SUP.TOTAL", "供应商总数", "家", 0, "2024=1146")
                    .indicator("S.CP.REVIEWS", "消保审查次数", "次", 0, "2024=917")
                    .paragraph("公司共审核新准入供应商158家。")
                    .paragraph("全年开展消保审查971次。")
                    .paragraph("消保审查覆盖12个部门。");

            assertThat(report.alarms()).extracting(Finding::kind, Finding::text)
                    .containsExactly(tuple(FindingKind.MISMATCH, "971次"));
        }

        @Test
        void aPartAfterAmongIsNotTheTotal() {
            CheckedReport report = new CheckedReport()
                    .indicator("S.EMP.TOTAL", "员工总数", "人", 0, "2024=1200")
                    .paragraph("公司员工总数{{S.EMP.TOTAL}}人，其中一线员工总数800人。");

            assertThat(report.alarms()).isEmpty();
        }

        @Test
        void aTextTableWithYearColumnsIsCheckedYearByYearInTheRowsUnit() {
            CheckedReport report = new CheckedReport()
                    .indicator("E.WATER", "用水量", "立方米", 0, "2023=104318", "2024=98652")
                    .indicator("E.FLEET.NEV", "新能源公务用车", "辆", 0, "2023=28", "2024=64")
                    .textTable("资源与车辆", "指标|单位|2024年|2023", "用水量|立方米|98,652|104,318", "新能源公务用车|辆|64|30");

            assertThat(report.findings(FindingKind.MISMATCH)).extracting(Finding::indicator, Finding::year,
                    Finding::text, Finding::expected).containsExactly(tuple("E.FLEET.NEV", 2023, "30辆", "28辆"));
            assertThat(report.validate().summary().verified()).isEqualTo(3);
        }

        @Test
        void figuresInACaseStudyAreCountedButNotInferred() {
            CheckedReport report = reviews().caseStudy("一次审查", "该分公司全年开展消保审查12次。");

            assertThat(report.alarms()).isEmpty();
            assertThat(report.validate().summary().unverified()).isEqualTo(1);
        }
    }

    @Nested
    class Qualifiers {
        @ParameterizedTest
        @ValueSource(strings = {"近千次", "超900次", "逾900次", "达917次", "900余次", "900多次", "约950次", "不足1,000次",
            "917次", "近950次", "不超过1,000次"})
        void approximateWordingThatIsRightRaisesNothing(String figure) {
            assertThat(reviews().paragraph("全年开展消保审查" + figure + "。").alarms()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"近800次", "超917次", "达920次", "800余次", "约1,000次", "不足900次", "910次", "近1,100次",
            "不超过900次"})
        void approximateWordingThatIsWrongIsAMismatch(String figure) {
            assertThat(reviews().paragraph("全年开展消保审查" + figure + "。").findings(FindingKind.MISMATCH))
                    .extracting(Finding::text).containsExactly(figure);
        }
    }

    @Nested
    class Growth {
        private CheckedReport energy() {
            return new CheckedReport().indicator("E.ENERGY", "综合能源消耗量", "吨标煤", 2, "2023=44.66", "2024=55.80");
        }

        @Test
        void aRightPercentageChangeRaisesNothing() {
            assertThat(energy().paragraph("综合能源消耗量同比增长24.9%。").alarms()).isEmpty();
            assertThat(premium().paragraph("保费收入56.92亿元，同比增长13.8%。").alarms()).isEmpty();
        }

        @Test
        void aWrongPercentageChangeIsAnErrorGivingTheRightOne() {
            List<Finding> found = energy().paragraph("综合能源消耗量同比增长20.5%。").findings(FindingKind.GROWTH);

            assertThat(found).extracting(Finding::severity, Finding::indicator, Finding::text, Finding::expected)
                    .containsExactly(tuple(Severity.ERROR, "E.ENERGY", "20.5%", "24.9%"));
        }

        @Test
        void aChangeInTheWrongDirectionIsAnError() {
            assertThat(energy().paragraph("综合能源消耗量同比下降24.9%。").findings(FindingKind.GROWTH)).hasSize(1);
        }

        @Test
        void percentagePointsCompareTheDifferenceOfTwoPercentages() {
            CheckedReport share = new CheckedReport()
                    .indicator("S.WOMEN.MGMT", "女性管理者占比", "%", 1, "2023=35.2", "2024=36.4");

            assertThat(share.paragraph("女性管理者占比36.4%，较上年提升1.2个百分点。").alarms()).isEmpty();
            assertThat(new CheckedReport().indicator("S.WOMEN.MGMT", "女性管理者占比", "%", 1, "2023=35.2", "2024=36.4")
                    .paragraph("女性管理者占比36.4%，较上年提升2.2个百分点。").findings(FindingKind.GROWTH))
                    .extracting(Finding::text).containsExactly("2.2个百分点");
        }

        @Test
        void anAbsoluteChangeIsComparedInItsUnit() {
            CheckedReport people = new CheckedReport().indicator("S.EMP.TOTAL", "员工总数", "人", 0, "2023=1100",
                    "2024=1200");

            assertThat(people.paragraph("员工总数1,200人，较上年增加100人。").alarms()).isEmpty();
            assertThat(new CheckedReport().indicator("S.EMP.TOTAL", "员工总数", "人", 0, "2023=1100", "2024=1200")
                    .paragraph("员工总数1,200人，较上年增加120人。").findings(FindingKind.GROWTH)).hasSize(1);
        }

        @Test
        void aChangeAgainstABaselineIsNotAYearOnYearChange() {
            assertThat(energy().paragraph("综合能源消耗量较基准年下降9.5%。").alarms()).isEmpty();
        }

        @Test
        void aChangeOfSomethingElseNamedAfterTheFigureIsNotTheFiguresChange() {
            CheckedReport report = premium().paragraph("保费收入56.92亿元，投诉量同比下降12.48%。");

            assertThat(report.alarms()).isEmpty();
        }
    }

    @Nested
    class CrossReference {
        @Test
        void oneIndicatorQuotedWithTwoValuesIsAnErrorNamingBothPlaces() {
            CheckedReport report = reviews().boundTile("消保审查", "971", "次", "S.CP.REVIEWS")
                    .paragraph("全年开展消保审查917次。");

            List<Finding> found = report.findings(FindingKind.CROSSREF);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).message()).contains("971次", "917次");
            assertThat(found.get(0).indicator()).isEqualTo("S.CP.REVIEWS");
        }

        @Test
        void theSameValueWrittenAtDifferentPrecisionsIsNotACrossReference() {
            CheckedReport report = premium().paragraph("全年实现保费收入56.92亿元。").paragraph("保费收入约57亿元。");

            assertThat(report.findings(FindingKind.CROSSREF)).isEmpty();
        }
    }

    @Nested
    class Rules {
        private CheckedReport staff(String female2023) {
            return new CheckedReport()
                    .indicator("S.EMP.TOTAL", "员工总数", "人", 0, "2023=1100", "2024=1200")
                    .indicator("S.EMP.MALE", "男性员工人数", "人", 0, "2023=600", "2024=700")
                    .indicator("S.EMP.FEMALE", "女性员工人数", "人", 0, "2023=" + female2023, "2024=500")
                    .rule("员工按性别合计", "S.EMP.TOTAL = S.EMP.MALE + S.EMP.FEMALE");
        }

        @Test
        void aRuleThatFailsForAYearIsAnErrorForThatYearOnly() {
            List<Finding> found = staff("450").findings(FindingKind.RULE);

            assertThat(found).extracting(Finding::severity, Finding::year, Finding::indicator)
                    .containsExactly(tuple(Severity.ERROR, 2023, "S.EMP.TOTAL"));
            assertThat(found.get(0).message()).contains("员工按性别合计", "1,100", "1,050");
        }

        @Test
        void aRuleThatHoldsRaisesNothing() {
            assertThat(staff("500").findings(FindingKind.RULE)).isEmpty();
        }
    }

    @Nested
    class YearOnYear {
        @Test
        void aJumpBeyondTheThresholdWithoutANoteIsAWarning() {
            CheckedReport report = new CheckedReport().indicator("E.WATER", "用水量", "吨", 2, "2023=3996.04",
                    "2024=214348.00");

            assertThat(report.findings(FindingKind.YOY)).extracting(Finding::severity, Finding::indicator, Finding::year)
                    .containsExactly(tuple(Severity.WARNING, "E.WATER", 2024));
        }

        @Test
        void aJumpWithANoteIsExplained() {
            CheckedReport report = new CheckedReport().indicator("E.WASTE", "废弃物总量", "吨", 2, "2023=100.00",
                    "2024=300.00|新增两处数据中心纳入统计");

            assertThat(report.findings(FindingKind.YOY)).isEmpty();
        }

        @Test
        void theThresholdIsAnOption() {
            CheckedReport report = new CheckedReport().indicator("E.WATER", "用水量", "吨", 2, "2023=100.00",
                    "2024=130.00");

            assertThat(report.findings(FindingKind.YOY)).isEmpty();
            assertThat(report.validate(new ValidationOptions(new BigDecimal("0.2"))).findings())
                    .extracting(Finding::kind).contains(FindingKind.YOY);
        }
    }

    @Nested
    class Shares {
        @Test
        void aShareColumnNotAddingUpTo100IsAWarning() {
            CheckedReport report = new CheckedReport().textTable("员工构成", "类别|人数|占比", "男性|700|58.3%",
                    "女性|500|41.0%");

            assertThat(report.findings(FindingKind.SHARE)).extracting(Finding::severity, Finding::text)
                    .containsExactly(tuple(Severity.WARNING, "99.3%"));
        }

        @Test
        void sharesThatAddUpAllowingForRoundingRaiseNothing() {
            CheckedReport report = new CheckedReport().textTable("员工构成", "类别|占比", "男性|33.3%", "女性|33.3%",
                    "其他|33.3%");

            assertThat(report.findings(FindingKind.SHARE)).isEmpty();
        }

        @Test
        void aColumnThatIsNotOfSharesIsNotSummed() {
            CheckedReport report = new CheckedReport().textTable("员工构成", "类别|人数", "男性|700", "女性|500");

            assertThat(report.findings(FindingKind.SHARE)).isEmpty();
        }
    }

    @Nested
    class Unverified {
        @Test
        void aFigureWithNoIndicatorIsInformationNotAnError() {
            CheckedReport report = reviews().paragraph("志愿者全年开展公益活动38场。");

            assertThat(report.findings(FindingKind.UNVERIFIED)).extracting(Finding::severity, Finding::text)
                    .containsExactly(tuple(Severity.INFO, "38场"));
            assertThat(report.validate().hasErrors()).isFalse();
        }

        @Test
        void aNameSharedByTwoIndicatorsIsReportedAsAmbiguousNeverGuessed() {
            CheckedReport report = new CheckedReport()
                    .indicator("S.TRAIN.COVERAGE", "员工培训覆盖率", List.of("培训覆盖率"), "%", 1, "2024=100.0")
                    .indicator("S.CP.TRAIN.COVERAGE", "消保培训覆盖率", List.of("培训覆盖率"), "%", 1, "2024=96.0")
                    .paragraph("培训覆盖率96.0%。");

            assertThat(report.alarms()).extracting(Finding::kind, Finding::severity)
                    .containsExactly(tuple(FindingKind.AMBIGUOUS, Severity.WARNING));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024年3月，公司修订《消保审查办法》。", "公司按GRI 305-1和GB/T 2589-2020核算排放。",
            "服务热线010-85257777，邮编100022。", "依据金消保发〔2024〕5号开展第三次自查。", "提供7*24小时服务。"})
        void yearsCodesAndContactNumbersAreNotFigures(String text) {
            ValidationReport report = reviews().paragraph(text).validate();

            assertThat(report.findings()).isEmpty();
            assertThat(report.summary().figures()).isZero();
        }
    }

    @Nested
    class Translation {
        @Test
        void aBlockWithoutEnglishIsAWarningWhenTheReportPublishesEnglish() {
            List<Finding> found = reviews().untranslated("公司持续完善消费者权益保护体系。")
                    .findings(FindingKind.TRANSLATION);

            assertThat(found).extracting(Finding::severity, Finding::blockId)
                    .containsExactly(tuple(Severity.WARNING, "p1"));
        }

        @Test
        void aChineseOnlyReportNeedsNoEnglish() {
            assertThat(reviews().chineseOnly().untranslated("公司持续完善消费者权益保护体系。")
                    .findings(FindingKind.TRANSLATION)).isEmpty();
        }
    }

    @Test
    void findingsComeErrorsFirstAndTheSummaryCountsThem() {
        ValidationReport report = reviews().paragraph("全年开展消保审查971次，志愿活动38场。")
                .untranslated("公司持续完善消费者权益保护体系。").validate();

        assertThat(report.findings()).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
        assertThat(report.summary()).isEqualTo(new ValidationSummary(2, 0, 1, 1, 0, 1));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void messagesAreAvailableInEnglish() {
        Finding finding = reviews().paragraph("全年开展消保审查971次。").findings(FindingKind.MISMATCH).get(0);

        assertThat(finding.message(Locale.ENGLISH)).contains("971次", "917").doesNotContainPattern("[与不致]");
    }
}
