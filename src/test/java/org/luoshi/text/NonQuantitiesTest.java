package org.luoshi.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers that are not quantities stay unread. */
class NonQuantitiesTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private void assertNone(String text) {
        assertThat(extractor.targets(text)).as(text).isEmpty();
    }

    @Test
    void leavesYearsAlone() {
        assertNone("2022年市本级一般公共预算");
        assertNone("专项排查市本级2021-2022年6月期间");
        assertNone("2022 年舟山市文艺创作作品展演");
    }

    @Test
    void leavesDatesAlone() {
        assertNone("9月底前通车");
        assertNone("于10月1日起施行");
        assertNone("9月16号发文实施");
        assertNone("1-8月,全市累计");
    }

    @Test
    void leavesDocumentNumbersAlone() {
        assertNone("《全市政府性融资担保机构体系改革方案》(舟政办发〔2022〕38号)");
        assertNone("舟委办发〔2022〕58 号");
    }

    @Test
    void leavesNamesAlone() {
        assertNone("全力推进省市重点项目、省“4+1”重大项目");
        assertNone("持续实施“618”工程");
        assertNone("推进5G网络建设");
        assertNone("推进国资国企改革三年行动");
        assertNone("深化“一中心三基地一示范区”建设");
        assertNone("实现“十四五”良好开局");
        assertNone("落实1号文件");
        assertNone("金塘大浦口4#5#码头工程建成");
        assertNone("突发疫情下区域静态管控“1+13”工作指引");
        assertNone("建成“15分钟品质文化生活圈”");
        assertNone("打造宁波舟山港一体化2.0");
    }

    @Test
    void leavesListOrdinalsAlone() {
        assertNone("1.提请市政府正式印发");
        assertNone("(2)盐田港外钓岛油库储运基地");
        assertNone("第一批项目");
        assertNone("位居全省第1位");
    }

    @Test
    void leavesCodesAndPhoneNumbersAlone() {
        assertNone("PM2.5和臭氧浓度双控双减");
        assertNone("咨询电话0580-2281234");
        assertNone("索引号 001008009005001/2022-189013");
        assertNone("U9组别");
    }

    @Test
    void leavesBookTitlesAlone() {
        assertNone("出台《舟山市推动现代职业教育高质量发展行动计划(2022-2025年)》");
    }

    @Test
    void leavesQualifiersOfACountAlone() {
        assertThat(extractor.targets("引进亿元以上项目100个,其中100亿元以上1个、50亿元以上2个"))
                .extracting(Quantity::text)
                .containsExactly("100个", "1个", "2个");
    }

    @Test
    void leavesSizeClassesOfEntitiesAlone() {
        // A measure followed straight by the entities it sorts says which ones, it counts nothing.
        assertNone("整治提升亩均税收低于3万元企业");
        assertNone("实现常住人口1000人以上行政村卫生室全覆盖");
        assertNone("推动年产值2000万元以上工业企业数字化改造全覆盖");
        assertThat(extractor.targets("培育年营业收入10亿元以上企业8家"))
                .extracting(Quantity::text)
                .containsExactly("8家");
        assertThat(extractor.targets("对年纳税额50万元以上的企业实行“一企一策”服务,走访企业300家"))
                .extracting(Quantity::text)
                .containsExactly("300家");
        // … also when a few words qualify the entities before their noun.
        assertThat(extractor.targets("新招引10亿元以上重大产业项目12个"))
                .extracting(Quantity::text)
                .containsExactly("12个");
        assertThat(extractor.targets("新增年营业收入5000万元以上高新技术企业20家"))
                .extracting(Quantity::text)
                .containsExactly("20家");
        assertThat(extractor.targets("固定资产投资增长8%以上,重大项目完成投资120亿元"))
                .extracting(Quantity::text)
                .containsExactly("增长8%以上", "120亿元");
    }

    @Test
    void keepsAMeasureEveryEntityIsToReachAndCountsOfEntities() {
        assertThat(extractor.targets("实现集体经济年经营性收入20万元以上行政村全覆盖"))
                .extracting(Quantity::text)
                .containsExactly("20万元以上");
        assertThat(extractor.targets("力争引进10个以上项目")).extracting(Quantity::text).containsExactly("10个以上");
        assertThat(extractor.targets("新增城镇就业1.2万人以上,城镇调查失业率控制在5.5%以内"))
                .extracting(Quantity::text)
                .containsExactly("1.2万人以上", "5.5%以内");
    }

    @Test
    void leavesChineseNumeralsInNamesAlone() {
        assertNone("深化劳动、人事、分配三项制度改革");
        assertNone("布局建设光电、风电、氢能五大产业链");
        assertNone("平安护航党的二十大");
    }
}
