package org.luoshi.assessment;

/** The traffic light a dashboard shows next to a status; see {@link AssessmentPolicy#signal}. */
public enum Signal {
    GREEN,
    AMBER,
    RED,
    /** Nothing to judge: the task was not reported. */
    GREY
}
