package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FurnitureTest {

    private static boolean furniture(String line) {
        return Furniture.isFurniture(Chinese.fold(line));
    }

    @Test
    void recognisesPortalFurniture() {
        assertThat(furniture("当前位置:")).isTrue();
        assertThat(furniture("发布日期:2022-10-10 来源:市政府办公室 访问次数: 字号:[ ]")).isTrue();
        assertThat(furniture("发布时间:2023-01-05 浏览次数:88")).isTrue();
        assertThat(furniture("【打印】【关闭】")).isTrue();
        assertThat(furniture("【打印本页】 【关闭窗口】")).isTrue();
        assertThat(furniture("[收藏] [打印] [关闭]")).isTrue();
        assertThat(furniture("【列印本頁】 【關閉窗口】")).isTrue();
        assertThat(furniture("【字號 大 中 小】")).isTrue();
        assertThat(furniture("【字体:大 中 小】")).isTrue();
        assertThat(furniture("打印")).isTrue();
        assertThat(furniture("首页 > 政务公开 > 计划总结")).isTrue();
        assertThat(furniture("本文来自 www.mirror-site.com,转载请注明")).isTrue();
    }

    @Test
    void keepsReportSentences() {
        assertThat(furniture("中小微企业相关税费减免缓缴、增值税留抵退税等惠企政策有效落地。")).isFalse();
        assertThat(furniture("大力发展数字经济,打造数字产业集群。")).isFalse();
        assertThat(furniture("项目建设方面:六横LNG接收站项目已启动核准程序。")).isFalse();
    }

    @Test
    void recognisesTheAbridgedMarkAndTheFooter() {
        assertThat(Furniture.isAbridgedMark(Chinese.fold("(本文有删减)"))).isTrue();
        assertThat(Furniture.isEnd(Chinese.fold("版权所有:舟山市人民政府办公室"))).isTrue();
    }
}
