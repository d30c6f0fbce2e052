package org.beacon.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;

import org.junit.jupiter.api.Test;

/** The table covers the code: every EJB and every business method has exactly one row, and no row is left over. */
class EjbRoleMatrixTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void everyBusinessMethodOfEveryBeanHasExactlyOneRowAndEveryRowAMethod() throws IOException {
        Set<String> inCode = new TreeSet<>();
        Set<String> beans = new TreeSet<>();
        for (Class<?> bean : beans()) {
            beans.add(bean.getSimpleName());
            businessMethods(bean).forEach(m -> inCode.add(bean.getSimpleName() + "." + m.getName()));
        }
        List<String> inTable = new ArrayList<>();
        EjbRoleMatrix.FACES.forEach(face -> face.methods().forEach(m -> inTable.add(face.bean().getSimpleName() + "." + m)));

        assertThat(beans).as("beans with no row in EjbRoleMatrix")
                .isSubsetOf(EjbRoleMatrix.FACES.stream().map(face -> face.bean().getSimpleName()).toList());
        assertThat(inCode).as("business methods with no row in EjbRoleMatrix").isSubsetOf(inTable);
        assertThat(inTable).as("rows in EjbRoleMatrix with no such business method").doesNotHaveDuplicates().isSubsetOf(inCode);
    }

    @Test
    void theScanSeesTheBeans() throws IOException {
        // Guards the test above against passing on an empty scan (run from the wrong directory, say).
        assertThat(beans()).extracting(Class::getSimpleName).contains("Newsletters", "CampaignSending", "Inquiries");
    }

    static List<Method> businessMethods(Class<?> bean) {
        return Arrays.stream(bean.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .toList();
    }

    private static List<Class<?>> beans() throws IOException {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(".class", "").replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = load(name);
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(Stateful.class) || type.isAnnotationPresent(MessageDriven.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EjbRoleMatrixTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
