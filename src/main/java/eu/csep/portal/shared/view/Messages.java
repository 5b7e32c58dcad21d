package eu.csep.portal.shared.view;

import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Texts;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;

/** Puts the portal's texts onto a page as Faces messages: a refusal next to the field it names. */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * Runs a page action against a boundary. Returns true when it went through; when the boundary refused (a
     * {@link Refusal} or a validation error) the reason is shown on the form {@code formId} and false is returned;
     * anything else propagates. What must happen only on success belongs inside the action or behind the result.
     */
    public static boolean attempt(String formId, Runnable action) {
        return attemptOrNull(formId, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /**
     * Like {@link #attempt(String, Runnable)} for an action with a result: returns it, or null when the boundary
     * refused (the reason shown on {@code formId}). For a Faces action method, null means "stay on this page".
     */
    public static <T> T attemptOrNull(String formId, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (show(formId, e)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Shows why a boundary refused: next to the field when the form has a component of that id, else on top.
     * Returns true when the exception was a refusal or a validation error (shown), false for anything else.
     * Pages normally go through {@link #attempt}; this is for the rare failure branch that needs the exception itself.
     */
    public static boolean show(String formId, RuntimeException thrown) {
        Throwable t = thrown;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (t instanceof Refusal refusal) {
            String clientId = refusal.field() == null ? null : formId + ":" + refusal.field();
            if (clientId != null && faces.getViewRoot().findComponent(clientId) == null) {
                clientId = null;
            }
            add(clientId, FacesMessage.SEVERITY_ERROR, refusal.messageKey(), refusal.arguments());
            faces.validationFailed();
            return true;
        }
        if (t instanceof ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(v -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null)));
            faces.validationFailed();
            return true;
        }
        return false;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.get(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
