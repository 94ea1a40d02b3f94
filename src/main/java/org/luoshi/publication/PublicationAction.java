package org.luoshi.publication;

/** What a user may do to a publication in its state: the pages show exactly these, the service enforces them. */
public enum PublicationAction {
    /** Withhold or include tasks, abridge text, set the catalogue metadata: the office, on a draft. */
    EDIT,
    /** A leader approves a draft (not the drafter: {@link Publication#approve}). */
    APPROVE,
    /** The office publishes an approved publication under the next 索引号. */
    PUBLISH,
    /** The office withdraws a published one. */
    WITHDRAW
}
