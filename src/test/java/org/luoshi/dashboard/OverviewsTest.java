package org.luoshi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Government;

class OverviewsTest {

    private static final Government PROVINCE = new Government(1, "330000", "浙江省", "province", null);
    private static final Government NINGBO = new Government(5, "330200", "宁波市", "city", 1L);
    private static final Government ZHOUSHAN = new Government(2, "330900", "舟山市", "city", 1L);
    private static final Government DINGHAI = new Government(3, "330902", "定海区", "district", 2L);
    private static final Government PUTUO = new Government(4, "330903", "普陀区", "district", 2L);
    private static final Government JIANGSU = new Government(9, "320000", "江苏省", "province", null);

    @Test
    void eachGovernmentIsFollowedByThoseBelowItByCode() {
        var placed = Overviews.treeOrder(List.of(PUTUO, DINGHAI, ZHOUSHAN, PROVINCE, NINGBO));

        assertThat(placed).extracting(p -> p.government().name()).containsExactly("浙江省", "宁波市", "舟山市", "定海区", "普陀区");
        assertThat(placed).extracting(Overviews.Placed::depth).containsExactly(0, 1, 1, 2, 2);
    }

    @Test
    void theTopOfAScopeIsTheGovernmentWhoseParentIsNotInIt() {
        var placed = Overviews.treeOrder(List.of(DINGHAI, ZHOUSHAN, PUTUO));

        assertThat(placed).extracting(p -> p.government().name()).containsExactly("舟山市", "定海区", "普陀区");
        assertThat(placed.get(0).depth()).isZero();
    }

    @Test
    void severalTreesFollowEachOtherByCode() {
        var placed = Overviews.treeOrder(List.of(DINGHAI, PROVINCE, JIANGSU, ZHOUSHAN));

        assertThat(placed).extracting(p -> p.government().name()).containsExactly("江苏省", "浙江省", "舟山市", "定海区");
    }
}
