package org.luoshi.account;

/** What a user does in the reporting cycle. */
public enum Role {
    /** 系统管理员: all governments. */
    ADMIN,
    /** 督查室: the supervision office of one government. */
    OFFICE,
    /** 领导: read-only over a government and the governments below it. */
    LEADER,
    /** 填报员: reports for one unit. */
    REPORTER,
    /** 审核人: approves one unit's reports. */
    APPROVER
}
