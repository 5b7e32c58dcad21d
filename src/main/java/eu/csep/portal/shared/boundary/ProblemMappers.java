package eu.csep.portal.shared.boundary;

import eu.csep.portal.shared.control.Texts;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the REST API into problem+json: refusals and validation errors name the field, access
 * errors say 401 or 403, and anything unexpected is a 500 whose details go to the log, never to the client.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Inject
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = unwrap(thrown);
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : Texts.supported(headers.getAcceptableLanguages().get(0));
        if (t instanceof Refusal refusal) {
            Status status = switch (refusal.kind()) {
                case CONFLICT -> Status.CONFLICT;
                case NOT_FOUND -> Status.NOT_FOUND;
                case FORBIDDEN -> Status.FORBIDDEN;
                case INVALID -> Status.BAD_REQUEST;
            };
            String message = Texts.get(locale, refusal.messageKey(), refusal.arguments());
            return Problem.response(status, message,
                    refusal.field() == null ? List.of() : List.of(new Problem.FieldError(refusal.field(), message)));
        }
        if (t instanceof ConstraintViolationException invalid) {
            List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage())).sorted(
                            java.util.Comparator.comparing(Problem.FieldError::field)).toList();
            return Problem.response(Status.BAD_REQUEST, "The request has invalid fields.", errors);
        }
        if (accessDenied(thrown)) {
            return security.getCallerPrincipal() == null
                    ? Problem.response(Status.UNAUTHORIZED, "Sign in first, or send a valid API token.", List.of())
                    : Problem.response(Status.FORBIDDEN, "Your role does not allow this.", List.of());
        }
        if (t instanceof WebApplicationException web) {
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            return Problem.response(status == null ? Status.BAD_REQUEST : status,
                    status == Status.NOT_FOUND ? "No such resource." : web.getMessage(), List.of());
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the REST API", thrown);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.",
                List.of());
    }

    /** EJB security refusals arrive as EJBAccessException or, from local views, AccessLocalException, maybe wrapped. */
    private static boolean accessDenied(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof EJBException && t.getCause() != null && !(t instanceof EJBAccessException)) {
            t = t.getCause();
        }
        return t;
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
