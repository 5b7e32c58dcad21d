package eu.csep.portal.reach.view;

import eu.csep.portal.reach.boundary.ReachDashboards;
import eu.csep.portal.reach.entity.Platform;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/** Backs /officer/reach.xhtml: reach across the programme, campaigns behind target and overdue reports. */
@Named
@ViewScoped
public class ProgrammeReachPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ReachDashboards dashboards;

    private transient ReachDashboards.Programme programme;

    public ReachDashboards.Programme getProgramme() {
        if (programme == null) {
            programme = dashboards.programme();
        }
        return programme;
    }

    public String platform(String code) {
        try {
            return Platform.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
