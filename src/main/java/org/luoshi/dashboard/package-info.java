/** Read models for the leaders' and the office's dashboard (驾驶舱): one plan and period at a glance. */
package org.luoshi.dashboard;
