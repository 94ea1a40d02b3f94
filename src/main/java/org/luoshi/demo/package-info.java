/** The demo: the Zhoushan 2022 report imported at start, so a newcomer sees a real plan at once. */
package org.luoshi.demo;
