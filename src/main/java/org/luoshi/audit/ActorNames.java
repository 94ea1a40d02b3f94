package org.luoshi.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Display names of the actors of audit entries. The accounts module implements it; the trail keeps the actor as it
 * was recorded, so an actor that is no user (a command, a removed account) shows as recorded.
 */
public interface ActorNames {

    /** The display name of each actor that is a known user; others are absent. */
    Map<String, String> displayNames(Collection<String> actors);
}
