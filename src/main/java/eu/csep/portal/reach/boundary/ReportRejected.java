package eu.csep.portal.reach.boundary;

import eu.csep.portal.reach.control.RowError;
import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/** A report had bad rows: nothing was stored; here is every bad row and why (the first {@value #LISTED}). */
@ApplicationException(rollback = true)
public class ReportRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int LISTED = 1000;

    private final transient List<RowError> errors;
    private final int total;

    public ReportRejected(List<RowError> errors) {
        super(errors.size() + " bad row(s); nothing stored");
        this.errors = List.copyOf(errors.subList(0, Math.min(LISTED, errors.size())));
        this.total = (int) errors.stream().map(RowError::line).distinct().count();
    }

    public List<RowError> errors() {
        return errors == null ? List.of() : errors;
    }

    /** How many rows (or lines) are bad; a row may have several errors. */
    public int total() {
        return total;
    }
}
