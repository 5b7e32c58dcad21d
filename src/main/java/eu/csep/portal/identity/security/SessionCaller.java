package eu.csep.portal.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/** The signed-in caller as kept in the HTTP session, which the cluster replicates to every node. */
record SessionCaller(String name, Set<String> groups) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
