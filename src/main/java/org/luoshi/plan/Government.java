package org.luoshi.plan;

/**
 * A government: the tenant every row belongs to.
 *
 * @param code  行政区划代码 (330900)
 * @param level province, city, county, district or township
 */
public record Government(long id, String code, String name, String level, Long parentId) {}
