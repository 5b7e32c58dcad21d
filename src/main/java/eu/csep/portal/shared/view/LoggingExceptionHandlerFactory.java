package eu.csep.portal.shared.view;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs every unexpected failure of a page before the error page shows the user a plain message: the stack
 * trace belongs in the server log, never on the screen. An expired view is routine and not logged.
 */
public class LoggingExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(LoggingExceptionHandlerFactory.class.getName());

    public LoggingExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                    Throwable thrown = event.getContext().getException();
                    if (!(thrown instanceof ViewExpiredException) && !(thrown.getCause() instanceof ViewExpiredException)) {
                        LOG.log(Level.SEVERE, "Unexpected failure on a page", thrown);
                    }
                }
                super.handle();
            }
        };
    }
}
