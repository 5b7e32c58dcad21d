package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.HmaCsv;
import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/** An all-or-nothing import found bad lines: nothing was imported; here are the bad lines (the first 1,000). */
@ApplicationException(rollback = true)
public class ImportRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<HmaCsv.LineError> errors;
    private final long total;

    public ImportRejected(List<HmaCsv.LineError> errors, long total) {
        super(total + " bad line(s); nothing imported");
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public List<HmaCsv.LineError> errors() {
        return errors == null ? List.of() : errors;
    }

    /** All bad lines, also those beyond the reported first 1,000. */
    public long total() {
        return total;
    }
}
