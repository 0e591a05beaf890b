package org.servicepact.platform.persistence;

import org.servicepact.platform.rules.RuleViolation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses text that no database column can keep: PostgreSQL stores no NUL character ({@code \u0000}), so a value
 * holding one is refused, naming its field, before anything is written (on H2 as on PostgreSQL, so both behave
 * alike). Runs for every entity before it is inserted or updated (the default entity listener in
 * {@code META-INF/orm.xml}).
 */
public class StorableText {

    private static final Map<Class<?>, List<Field>> TEXT_FIELDS = new ConcurrentHashMap<>();

    public void check(Object entity) {
        for (Field field : TEXT_FIELDS.computeIfAbsent(entity.getClass(), StorableText::textFields)) {
            Object value = read(field, entity);
            if (value instanceof String text && text.indexOf('\u0000') >= 0) {
                throw new RuleViolation(field.getName(), "text.nul");
            }
        }
    }

    private static List<Field> textFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() == String.class && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return List.copyOf(fields);
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
