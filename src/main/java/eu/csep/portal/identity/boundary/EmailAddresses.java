package eu.csep.portal.identity.boundary;

/** The address and domain shapes the portal accepts: what mail servers deliver, without quoting tricks. */
public final class EmailAddresses {

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    public static final String DOMAIN = LABEL + "(?:\\." + LABEL + ")*\\.[A-Za-z]{2,63}";
    public static final String ADDRESS = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@" + DOMAIN;

    private EmailAddresses() {
    }
}
