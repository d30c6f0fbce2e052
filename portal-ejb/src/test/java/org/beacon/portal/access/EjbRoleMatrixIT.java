package org.beacon.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.beacon.portal.access.EjbRoleMatrix.Caller;
import org.beacon.portal.access.EjbRoleMatrix.Face;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsCommunications;
import org.beacon.portal.testing.AsModerator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every business method of every bean, called by each kind of caller through the container: a caller the table does
 * not name is refused with {@code EJBAccessException}; one it names gets past the security check, whatever the
 * method then makes of its placeholder arguments (ids that do not exist, empty text, the epoch), which are chosen so
 * that nothing is changed.
 */
@ExtendWith(ArquillianExtension.class)
class EjbRoleMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("ejb-role-matrix-it");
    }

    @EJB
    AsModerator asModerator;

    @EJB
    AsCommunications asCommunications;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsSystem asSystem;

    @Test
    void eachCallerReachesExactlyTheMethodsTheTableGivesIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Face face : EjbRoleMatrix.FACES) {
            Object bean = lookUp(face.bean());
            for (Method method : EjbRoleMatrixTest.businessMethods(face.bean())) {
                if (!face.methods().contains(method.getName())) {
                    continue;
                }
                for (Caller caller : Caller.values()) {
                    boolean refused = refused(caller, () -> method.invoke(bean, placeholders(method)));
                    calls++;
                    if (refused == face.allowed().contains(caller)) {
                        wrong.add(face.bean().getSimpleName() + "." + method.getName() + " as " + caller
                                + (refused ? ": refused, but the table allows it" : ": allowed, but the table refuses it"));
                    }
                }
            }
        }
        assertThat(wrong).as("calls that did not go as EjbRoleMatrix says").isEmpty();
        assertThat(calls).as("calls made").isGreaterThan(5 * 150);
    }

    private boolean refused(Caller caller, Callable<Object> call) throws Exception {
        Callable<Boolean> attempt = () -> {
            try {
                call.call();
                return false;
            } catch (InvocationTargetException e) {
                return e.getCause() instanceof EJBAccessException;
            }
        };
        return switch (caller) {
            case ANONYMOUS -> attempt.call();
            case MODERATOR -> asModerator.call(attempt);
            case COMMUNICATIONS -> asCommunications.call(attempt);
            case ADMIN -> asAdministrator.call(attempt);
            case SYSTEM -> asSystem.call(attempt);
        };
    }

    private static Object lookUp(Class<?> bean) throws NamingException {
        return new InitialContext().lookup("java:module/" + bean.getSimpleName() + "!" + bean.getName());
    }

    /** Arguments that name nothing: no such id, nothing to send, a time long past. */
    private static Object[] placeholders(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = placeholder(types[i]);
        }
        return values;
    }

    private static Object placeholder(Class<?> type) {
        if (type == long.class) {
            return -1L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (type == char[].class) {
            return new char[0];
        }
        if (type == byte[].class) {
            return new byte[0];
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type.isPrimitive()) {
            throw new IllegalStateException("No placeholder for " + type + "; add one");
        }
        return null;
    }
}
