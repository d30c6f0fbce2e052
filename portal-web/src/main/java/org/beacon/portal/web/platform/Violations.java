package org.beacon.portal.web.platform;

import java.util.function.Function;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;

import org.omnifaces.util.Messages;

/**
 * Shows the Bean Validation refusals of a service call beside the fields they are about. The EJB container checks a
 * method's constraints and, as for any runtime exception, hands them to the caller wrapped in an EJBException.
 */
public final class Violations {

    private Violations() {
    }

    /**
     * If {@code e} is a refusal by constraints, adds one message per broken rule, at the client id that
     * {@code clientId} gives for the last name in the rule's property path (a global message where it gives null),
     * and returns true; otherwise adds nothing and returns false, and the caller decides.
     */
    public static boolean show(RuntimeException e, Function<String, String> clientId) {
        if (!(e instanceof EJBException && e.getCause() instanceof ConstraintViolationException violations)) {
            return false;
        }
        violations.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            String id = clientId.apply(path.substring(path.lastIndexOf('.') + 1));
            if (id == null) {
                Messages.addGlobalError(v.getMessage());
            } else {
                Messages.addError(id, v.getMessage());
            }
        });
        return true;
    }
}
