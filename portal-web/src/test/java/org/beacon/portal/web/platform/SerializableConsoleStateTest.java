package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * With {@code <distributable/>}, a console session and the views in it are written out to the other servers, so
 * every view-, session-, conversation- or flow-scoped bean must serialise, and so must all it holds: one field that
 * does not, and the session fails to replicate (WildFly logs NotSerializableException and the staff member loses the
 * page when their server goes). This walks the beans compiled into this module, so a new one is checked too.
 */
class SerializableConsoleStateTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES = List.of(
            ViewScoped.class, SessionScoped.class, ConversationScoped.class, FlowScoped.class);

    /** What the container injects as a client proxy, which serialises whatever the bean behind it is. */
    private static final List<Class<? extends Annotation>> NORMAL_SCOPES = List.of(
            ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ConversationScoped.class,
            ViewScoped.class, FlowScoped.class);

    @Test
    void everyViewAndSessionBeanHoldsOnlySerializableState() throws Exception {
        List<Class<?>> beans = passivatingBeans();
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            walkFields(bean, bean.getSimpleName(), new HashSet<>(), problems);
        }

        assertThat(beans).as("the console's view beans found in target/classes")
                .extracting(Class::getSimpleName).contains("CampaignEditor", "InquiryQueue", "ImportView");
        assertThat(problems).as("state a distributable session could not write out").isEmpty();
    }

    @Test
    void theWalkFindsWhatWouldNotSerialise() {
        List<String> problems = new ArrayList<>();

        walkFields(Unfit.class, "Unfit", new HashSet<>(), problems);

        assertThat(problems).containsExactlyInAnyOrder(
                "Unfit.thread: java.lang.Thread is not Serializable",
                "Unfit.rows<0>.lock: java.lang.Object is not Serializable",
                "Unfit.byName<1>: java.util.function.Supplier is not Serializable",
                "Unfit.helper: java.util.Optional is not Serializable");
    }

    private static void walkFields(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                if (field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class) && isProxied(field.getType())) {
                    continue; // WildFly's EJB proxies and Weld's client proxies serialise by reference
                }
                walkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void walkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            walkType(parameterized.getRawType(), path, seen, problems);
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                walkType(arguments[i], path + "<" + i + ">", seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            walkType(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                walkType(bound, path, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            // The argument is checked where the type is used (PagedRows<Campaign>); an unbounded T says nothing here.
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    walkType(bound, path, seen, problems);
                }
            }
        } else if (type instanceof Class<?> raw) {
            walkClass(raw, path, seen, problems);
        }
    }

    private static void walkClass(Class<?> raw, String path, Set<Class<?>> seen, List<String> problems) {
        if (raw.isArray()) {
            walkClass(raw.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (raw.isPrimitive() || isCollection(raw)) {
            return; // the implementations the code and Hibernate use (ArrayList, PersistentBag, ...) serialise; their elements are walked
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + raw.getName() + " is not Serializable");
            return;
        }
        if (raw.getName().startsWith("org.beacon.")) {
            walkFields(raw, path, seen, problems); // a library's Serializable class answers for its own fields
        }
    }

    private static boolean isCollection(Class<?> raw) {
        return raw == Collection.class || raw == List.class || raw == Set.class || raw == Map.class
                || raw == java.util.SortedSet.class || raw == java.util.SortedMap.class;
    }

    private static boolean isProxied(Class<?> type) {
        return NORMAL_SCOPES.stream().anyMatch(type::isAnnotationPresent);
    }

    private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(PagedRows.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                Class<?> candidate = Class.forName(name, false, SerializableConsoleStateTest.class.getClassLoader());
                if (PASSIVATING_SCOPES.stream().anyMatch(candidate::isAnnotationPresent)) {
                    beans.add(candidate);
                }
            }
        }
        return beans;
    }

    @SuppressWarnings("unused")
    private static class Unfit implements Serializable {
        private static final long serialVersionUID = 1L;
        private static Thread sharedIsFine;
        private transient Thread rebuiltIsFine;
        private Thread thread;
        private List<Row> rows;
        private Map<String, java.util.function.Supplier<String>> byName;
        private java.util.Optional<String> helper;
        private String name;
        private int count;
    }

    @SuppressWarnings("unused")
    private static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Object lock;
    }
}
